import { fakerID_ID as faker } from '@faker-js/faker';
import type { PasungIndicators } from '../../../shared/contract';
import { FAMILY_SUPPORT, MEDICATION_ADHERENCE, VISIT_TYPE } from '../../../shared/enums';
import type { Core } from '../../core/core';
import { unwrap } from './unwrap';

const NOTES = [
  'Klien ditemui di rumah bersama ibunya. Kondisi tenang, tidur cukup, mau makan bersama keluarga.',
  'Keluarga melaporkan klien rutin minum obat dari puskesmas. Klien mulai membantu pekerjaan rumah.',
  'Klien tampak gelisah dan sulit tidur dua malam terakhir. Keluarga diedukasi tanda-tanda kambuh.',
  'Pendampingan ke puskesmas untuk kontrol dan pengambilan obat bulanan. Dokter menyesuaikan dosis.',
  'Koordinasi dengan kepala desa tentang dukungan warga; tetangga bersedia membantu mengawasi.',
  'Pengurusan KTP elektronik dan KK di Dukcapil kecamatan; berkas sudah diserahkan.',
  'Klien mengikuti pelatihan membuat keset di balai desa dan mendapat penghasilan kecil.',
  'Telepon dengan kakak klien: kondisi stabil, jadwal kontrol berikutnya sudah dicatat.',
];

/** Day `offset` days after `date` at a working hour, as an instant in WIB. */
const atWorkingHour = (date: Date, offset: number) =>
  new Date(date.getTime() + offset * 86_400_000 + faker.number.int({ min: 1, max: 8 }) * 3_600_000).toISOString();

function pasungIndicators(): PasungIndicators {
  const relapse = faker.number.int({ min: 1, max: 15 }) === 1;
  return {
    medication: faker.helpers.weightedArrayElement([
      { value: MEDICATION_ADHERENCE.values[0], weight: 6 },
      { value: MEDICATION_ADHERENCE.values[1], weight: 3 },
      { value: MEDICATION_ADHERENCE.values[2], weight: 1 },
    ]),
    relapse,
    relapseDate: null, // set by the caller to the visit's day
    risk: relapse ? 'tinggi' : faker.helpers.arrayElement(['rendah', 'sedang', 'rendah'] as const),
    familySupport: faker.helpers.arrayElements(FAMILY_SUPPORT.values, { min: 1, max: 4 }),
    jkn: faker.helpers.arrayElement(['pbi', 'pbi', 'non_pbi', 'belum'] as const),
    civilDocsComplete: faker.datatype.boolean(),
    dtsenRegistered: null,
    dtsenDecile: null,
    productiveActivity: faker.helpers.arrayElement([null, 'Membantu di sawah', 'Berjualan di warung keluarga', 'Beternak ayam']),
  };
}

/**
 * A case's history: visits spread from its opening to today (pasung follow-up indicators on
 * pasung cases), a pasung episode with its release, and assistive devices on disability cases.
 */
export function seedCasework(
  core: Core,
  c: { id: string; clientId: string; openedAt: string; version: number },
  opts: { visits: number; pasung: boolean; disability: boolean; today: Date },
) {
  const opened = new Date(`${c.openedAt}T01:00:00Z`);
  const span = Math.floor((opts.today.getTime() - opened.getTime()) / 86_400_000);
  if (opts.pasung) {
    const found = c.openedAt;
    const ep = unwrap(
      core.invoke('pasung:create', {
        clientId: c.clientId,
        status: 'dipasung',
        date: found,
        by: faker.helpers.arrayElement(['Ayah', 'Keluarga', 'Warga']),
        details: {
          method: faker.helpers.arrayElement(['balok_kayu', 'rantai', 'tali', 'dikurung'] as const),
          reason: faker.helpers.arrayElement(['tindak_kekerasan', 'perilaku_membahayakan', 'keluyuran'] as const),
          diagnosis: faker.helpers.arrayElement(['psikotik', 'mood', 'mental_organik'] as const),
          startedYear: Number(found.slice(0, 4)) - faker.number.int({ min: 0, max: 8 }),
          service: 'rujuk_rsj',
          management: ['terapi_obat', 'edukasi_keluarga'],
        },
      }),
    );
    if (span > 2) {
      const released = new Date(opened.getTime() + 86_400_000).toISOString().slice(0, 10);
      unwrap(core.invoke('pasung:change-status', { id: ep.id, version: ep.version, status: 'dilepas', date: released, by: 'Tim Dinas Sosial dan Puskesmas', note: 'Dilepas dan dirujuk ke RSJ' }));
    }
  }
  if (opts.disability) {
    const d = unwrap(core.invoke('devices:create', { clientId: c.clientId, caseId: c.id, device: faker.helpers.arrayElement(['kursi_roda_dewasa', 'kruk', 'alat_bantu_dengar', 'tongkat_netra'] as const), neededAt: c.openedAt }));
    if (span > 10) unwrap(core.invoke('devices:advance', { id: d.id, version: d.version, step: 'diajukan', date: new Date(opened.getTime() + 5 * 86_400_000).toISOString().slice(0, 10), source: 'Sentra Terpadu Kemensos' }));
  }
  // A case opened in the last two days has had no visit yet (a visit is never in the future).
  const visitCount = span >= 2 ? opts.visits : 0;
  const days = Array.from({ length: visitCount }, () => faker.number.int({ min: 1, max: span - 1 })).sort((a, b) => a - b);
  for (const day of days) {
    const visitedAt = atWorkingHour(opened, day);
    const pasung = opts.pasung ? pasungIndicators() : null;
    if (pasung?.relapse) pasung.relapseDate = visitedAt.slice(0, 10);
    unwrap(
      core.invoke('visits:create', {
        caseId: c.id,
        type: faker.helpers.arrayElement(VISIT_TYPE.values),
        visitedAt,
        place: faker.helpers.arrayElement(['Rumah klien', 'Puskesmas', 'Balai desa', 'Kantor Dukcapil']),
        peopleMet: faker.helpers.arrayElement(['Klien dan ibu', 'Klien, ayah, kepala desa', 'Kakak klien', 'Dokter puskesmas']),
        note: faker.helpers.arrayElement(NOTES),
        wellbeing: faker.helpers.arrayElement(['Baik', 'Cukup', 'Perlu perhatian']),
        pasung,
        disabilityProgress: opts.disability ? faker.helpers.arrayElement(['Latihan berjalan rutin', 'Menunggu alat bantu', 'Terapi wicara mingguan']) : null,
      }),
    );
  }
}
