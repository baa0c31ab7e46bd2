import { fakerID_ID as faker } from '@faker-js/faker';
import { REFERRAL_STATUS } from '../../../shared/enums';
import type { Core } from '../../core/core';
import { unwrap } from './unwrap';

/** A district's usual destinations, in the regency of the given village. */
function institutionsNear(regencyName: string, villageCode: string) {
  const city = regencyName.replace(/^(KABUPATEN|KOTA) /, '');
  return [
    { name: `Puskesmas ${faker.location.street().split(' ').pop()}`, type: 'puskesmas', recipientTitle: `Kepala Puskesmas` },
    { name: `RSUD ${city}`, type: 'rsud', recipientTitle: `Direktur RSUD ${city}` },
    { name: 'RSJ Prof. Dr. Soerojo Magelang', type: 'rsj', recipientTitle: 'Direktur RSJ Prof. Dr. Soerojo Magelang' },
    { name: `Dinas Kependudukan dan Pencatatan Sipil ${city}`, type: 'dukcapil', recipientTitle: `Kepala Dinas Dukcapil ${city}` },
    { name: `BPJS Kesehatan Kantor Cabang ${city}`, type: 'bpjs_kesehatan', recipientTitle: 'Kepala Kantor Cabang' },
    { name: 'Sentra Terpadu Kartini Temanggung', type: 'sentra_kemensos', recipientTitle: 'Kepala Sentra Terpadu Kartini' },
    { name: `UPTD PPA ${city}`, type: 'uptd_ppa', recipientTitle: `Kepala UPTD PPA ${city}` },
  ].map((i) => ({ ...i, villageCode, street: faker.location.streetAddress(), phone: `(0${faker.string.numeric(2)}) ${faker.string.numeric(6)}` })) as {
    name: string; type: 'puskesmas'; recipientTitle: string; villageCode: string; street: string; phone: string;
  }[];
}

/**
 * A directory of institutions and referrals in every state of the loop, some with issued
 * letters (printed through the injected printer, so this part is asynchronous).
 */
export async function seedReferrals(core: Core, opts: { referrals: number; letters: number; today: string }) {
  const db = core.ctx.db;
  const anchor = db.prepare(`SELECT village_code FROM clients WHERE village_code IS NOT NULL LIMIT 1`).get() as { village_code: string } | undefined;
  if (!anchor) return { institutions: 0, referrals: 0, letters: 0 };
  const regency = db.prepare('SELECT name FROM regions WHERE code = ?').get(anchor.village_code.slice(0, 5)) as { name: string };
  const institutions = db.transaction(() => institutionsNear(regency.name, anchor.village_code).map((i) => unwrap(core.invoke('institutions:create', i))))();
  const cases = db
    .prepare(`SELECT c.id, cl.name, c.opened_at FROM cases c JOIN clients cl ON cl.id = c.client_id WHERE c.status = 'aktif' ORDER BY c.id LIMIT ?`)
    .all(opts.referrals) as { id: string; name: string; opened_at: string }[];
  const made: string[] = [];
  db.transaction(() => {
    cases.forEach((c, i) => {
      const target = REFERRAL_STATUS.values[i % REFERRAL_STATUS.values.length];
      let r = unwrap(
        core.invoke('referrals:create', {
          caseId: c.id,
          institutionId: faker.helpers.arrayElement(institutions).id,
          reason: faker.helpers.arrayElement([
            'Perlu pemeriksaan dan pengobatan lanjutan oleh psikiater.',
            'Klien belum memiliki KTP elektronik dan KK.',
            'Pendaftaran PBI-JKN agar pengobatan rutin tidak terputus.',
            'Membutuhkan tempat perlindungan sementara.',
          ]),
          servicesRequested: faker.helpers.arrayElement(['pemeriksaan psikiatri', 'penerbitan KTP-el', 'pendaftaran PBI-JKN', 'rehabilitasi sosial']),
          urgency: faker.helpers.arrayElement(['biasa', 'segera', 'darurat'] as const),
          documents: [
            { name: 'KTP', provided: faker.datatype.boolean() },
            { name: 'Kartu Keluarga (KK)', provided: true },
          ],
          consent: { by: faker.helpers.arrayElement(['klien', 'wali'] as const), name: c.name, date: c.opened_at },
        }),
      );
      const step = (to: (typeof REFERRAL_STATUS.values)[number], note: string | null = null) => {
        r = unwrap(core.invoke('referrals:transition', { id: r.id, version: r.version, to, date: opts.today, note }));
      };
      if (target === 'dibatalkan') step('dibatalkan', 'Keluarga memilih layanan lain');
      if (['dikirim', 'diterima', 'ditolak', 'selesai'].includes(target)) step('dikirim');
      if (target === 'ditolak') step('ditolak', 'Kuota layanan penuh bulan ini');
      if (target === 'diterima' || target === 'selesai') step('diterima', 'Diterima oleh petugas');
      if (target === 'selesai') step('selesai', 'Layanan diberikan; klien kembali ke keluarga');
      if (target !== 'dibatalkan' && target !== 'ditolak' && target !== 'selesai') made.push(r.id);
    });
  })();
  let letters = 0;
  for (const id of made.slice(0, opts.letters)) {
    const issued = await core.invokeAsync('letters:issue', { referralId: id, withSummary: letters % 2 === 0 });
    if (!issued.ok) throw new Error(issued.error.message);
    letters += 1;
  }
  return { institutions: institutions.length, referrals: cases.length, letters };
}
