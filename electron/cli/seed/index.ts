import { fakerID_ID as faker } from '@faker-js/faker';
import type { ClientInput } from '../../../shared/contract';
import { CLUSTER, DISABILITY, PPKS, PROGRAMME, STAGE } from '../../../shared/enums';
import type { Core } from '../../core/core';
import { seedCasework } from './casework';
import { seedReferrals } from './referrals';
import { unwrap } from './unwrap';

/** Which PPKS types sit naturally in which ATENSI cluster, so demo cases look real. */
const PPKS_BY_CLUSTER: Record<(typeof CLUSTER.values)[number], (typeof PPKS.values)[number][]> = {
  anak: ['anak_terlantar', 'anak_jalanan', 'anak_berhadapan_hukum', 'anak_korban_kekerasan', 'anak_balita_terlantar', 'anak_memerlukan_perlindungan_khusus'],
  lanjut_usia: ['lansia_terlantar'],
  penyandang_disabilitas: ['penyandang_disabilitas', 'anak_dengan_kedisabilitasan'],
  tuna_sosial_dan_korban_perdagangan_orang: ['gelandangan', 'pengemis', 'tuna_susila', 'korban_trafficking', 'pemulung'],
  korban_napza: ['korban_napza'],
  korban_bencana: ['korban_bencana_alam', 'korban_bencana_sosial'],
  ppks_lainnya: ['fakir_miskin', 'odha', 'bwblp', 'pmbs', 'perempuan_rawan_sosial_ekonomi', 'keluarga_bermasalah_sosial_psikologis'],
};

const pad = (n: number, w: number) => String(n).padStart(w, '0');


/**
 * Demo data through the core itself (so every rule and the change log apply): worker
 * profiles, then clients with NIKs that encode their real birth date and sex in a real
 * district, living in a real village, each with one or two cases. Deterministic per seed.
 */
export interface SeedOptions {
  clients: number;
  /** Visits logged on each case (pasung cases get follow-up indicators). */
  visitsPerCase?: number;
  /** Cases with 1,000 visits each, for timeline and benchmark work. */
  longCases?: number;
  /** Referrals in every state of the loop, and how many of them get an issued letter. */
  referrals?: number;
  letters?: number;
  seed?: number;
  onProgress?: (done: number, total: number) => void;
}

export async function seed(core: Core, opts: SeedOptions) {
  faker.seed(opts.seed ?? 2026);
  const db = core.ctx.db;
  const districts = db.prepare(`SELECT code FROM regions WHERE level = 'district' ORDER BY code`).all() as { code: string }[];
  const villagesOf = db.prepare(`SELECT code FROM regions WHERE parent_code = ? AND level = 'village'`);

  const workers = db.transaction(() =>
    Array.from({ length: 5 }, (_, i) =>
      unwrap(
        core.invoke('workers:create', {
          name: faker.person.fullName(),
          nip: i < 3 ? faker.string.numeric(18) : null,
          role: i === 0 ? 'koordinator' : 'pekerja_sosial',
          position: i === 0 ? 'Koordinator Pekerja Sosial' : 'Pekerja Sosial Ahli Pertama',
        }),
      ),
    ),
  )();

  const today = core.ctx.clock.now();
  const batch = 500;
  let made = 0;
  const usedNik = new Set<string>();
  while (made < opts.clients) {
    const n = Math.min(batch, opts.clients - made);
    db.transaction(() => {
      for (let i = 0; i < n; i++) {
        const cluster = faker.helpers.arrayElement(CLUSTER.values);
        const client = makeClient(cluster, districts, villagesOf, today, usedNik);
        const saved = unwrap(core.invoke('clients:create', client));
        const caseCount = faker.number.int({ min: 1, max: 10 }) === 1 ? 2 : 1;
        for (let k = 0; k < caseCount; k++) {
          const long = made + i < (opts.longCases ?? 0) && k === 0;
          const opened = long
            ? new Date(today.getTime() - 3 * 365 * 864e5).toISOString().slice(0, 10)
            : faker.date.between({ from: new Date(today.getTime() - 3 * 365 * 864e5), to: today }).toISOString().slice(0, 10);
          const created = unwrap(
            core.invoke('cases:create', {
              clientId: saved.client.id,
              cluster,
              ppksType: faker.helpers.arrayElement(PPKS_BY_CLUSTER[cluster]),
              stage: faker.helpers.weightedArrayElement(STAGE.values.map((s, j) => ({ value: s, weight: 7 - j }))),
              assignedWorkerId: faker.helpers.arrayElement(workers).id,
              openedAt: saved.client.birthDate && opened < saved.client.birthDate ? saved.client.birthDate : opened,
              summary: faker.helpers.arrayElement([
                'Rujukan dari puskesmas setempat; keluarga meminta pendampingan.',
                'Laporan warga melalui kepala desa.',
                'Penjangkauan oleh TKSK kecamatan.',
                null,
              ]),
            }),
          );
          const pasung = client.disabilities.includes('mental_psikososial') || faker.number.int({ min: 1, max: 25 }) === 1;
          const visits = long ? 1000 : (opts.visitsPerCase ?? 0);
          if (visits || pasung || cluster === 'penyandang_disabilitas') {
            seedCasework(core, { id: created.id, clientId: saved.client.id, openedAt: created.openedAt, version: created.version }, {
              visits,
              pasung,
              disability: cluster === 'penyandang_disabilitas',
              today,
            });
          }
          if (faker.number.int({ min: 1, max: 12 }) === 1) {
            unwrap(
              core.invoke('cases:change-status', {
                id: created.id,
                version: unwrap(core.invoke('cases:get', { id: created.id })).version,
                status: 'selesai',
                reason: 'Tujuan rencana intervensi tercapai.',
                closureReason: 'tujuan_tercapai',
              }),
            );
          }
        }
      }
    })();
    made += n;
    opts.onProgress?.(made, opts.clients);
  }
  const referrals = await seedReferrals(core, {
    referrals: opts.referrals ?? Math.min(24, made),
    letters: opts.letters ?? 3,
    today: today.toISOString().slice(0, 10),
  });
  return { workers: workers.length, clients: made, ...referrals };
}

function makeClient(
  cluster: (typeof CLUSTER.values)[number],
  districts: { code: string }[],
  villagesOf: { all(code: string): unknown[] },
  today: Date,
  usedNik: Set<string>,
): ClientInput {
  const sex = faker.helpers.arrayElement(['L', 'P'] as const);
  const age = cluster === 'anak' ? faker.number.int({ min: 2, max: 17 }) : cluster === 'lanjut_usia' ? faker.number.int({ min: 60, max: 90 }) : faker.number.int({ min: 18, max: 70 });
  const birth = new Date(Date.UTC(today.getUTCFullYear() - age, faker.number.int({ min: 0, max: 11 }), faker.number.int({ min: 1, max: 28 })));
  const birthDate = birth.toISOString().slice(0, 10);
  const district = faker.helpers.arrayElement(districts).code;
  const villages = villagesOf.all(district) as { code: string }[];
  const village = villages.length ? faker.helpers.arrayElement(villages).code : null;
  const day = birth.getUTCDate() + (sex === 'P' ? 40 : 0);
  const prefix = district.replace(/\./g, '') + pad(day, 2) + pad(birth.getUTCMonth() + 1, 2) + pad(birth.getUTCFullYear() % 100, 2);
  let serial = 1;
  while (usedNik.has(prefix + pad(serial, 4))) serial++;
  const hasNik = faker.number.int({ min: 1, max: 20 }) > 1; // some street children and elders have none
  const nik = hasNik ? prefix + pad(serial, 4) : null;
  if (nik) usedNik.add(nik);
  const disabled = cluster === 'penyandang_disabilitas';
  const registered = faker.datatype.boolean();
  return {
    name: faker.person.fullName({ sex: sex === 'P' ? 'female' : 'male' }),
    nik,
    kk: hasNik ? district.replace(/\./g, '') + faker.string.numeric(10) : null,
    sex,
    birthPlace: faker.location.city(),
    birthDate,
    address: { street: faker.location.streetAddress(), rt: pad(faker.number.int({ min: 1, max: 15 }), 3), rw: pad(faker.number.int({ min: 1, max: 9 }), 3), villageCode: village },
    phone: faker.datatype.boolean() ? `08${faker.string.numeric(10)}` : null,
    guardian: { name: faker.person.fullName(), relationship: faker.helpers.arrayElement(['Ibu', 'Ayah', 'Kakak', 'Anak', 'Suami', 'Istri', 'Paman']), phone: `08${faker.string.numeric(10)}` },
    dtsen: { registered, decile: registered ? faker.number.int({ min: 1, max: 10 }) : null, registerId: registered ? faker.string.alphanumeric(12).toUpperCase() : null },
    programmes: faker.helpers.arrayElements(PROGRAMME.values, { min: 0, max: 3 }),
    disabilities: disabled ? faker.helpers.arrayElements(DISABILITY.values, { min: 1, max: 2 }) : [],
  };
}
