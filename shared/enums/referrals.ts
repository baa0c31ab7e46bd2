import { defineEnum } from './define';

/** Destination institutions (lembaga tujuan) a worker refers clients to. */
export const INSTITUTION_TYPE = defineEnum(
  ['puskesmas', 'rsud', 'rsj', 'sentra_kemensos', 'uptd_shelter', 'lks', 'dinsos_kabkota', 'dinsos_provinsi', 'dukcapil', 'bpjs_kesehatan', 'uptd_ppa', 'ipwl', 'kepolisian', 'kantor_desa'] as const,
  {
    puskesmas: 'Puskesmas',
    rsud: 'RSUD/RSU',
    rsj: 'Rumah Sakit Jiwa',
    sentra_kemensos: 'Sentra/Balai Kemensos',
    uptd_shelter: 'UPTD/Rumah Perlindungan',
    lks: 'Lembaga Kesejahteraan Sosial (LKS)',
    dinsos_kabkota: 'Dinas Sosial Kabupaten/Kota',
    dinsos_provinsi: 'Dinas Sosial Provinsi',
    dukcapil: 'Dinas Dukcapil',
    bpjs_kesehatan: 'BPJS Kesehatan',
    uptd_ppa: 'UPTD PPA',
    ipwl: 'Institusi Penerima Wajib Lapor (IPWL)',
    kepolisian: 'Kepolisian',
    kantor_desa: 'Kantor Desa/Kelurahan',
  },
);

export const URGENCY = defineEnum(['biasa', 'segera', 'darurat'] as const, { biasa: 'Biasa', segera: 'Segera', darurat: 'Darurat' });

/** Sifat on the letter, from the referral's urgency. */
export const LETTER_NATURE: Record<(typeof URGENCY.values)[number], string> = { biasa: 'Biasa', segera: 'Segera', darurat: 'Sangat Segera' };

/**
 * The closed loop: draft → dikirim → diterima | ditolak → selesai, or dibatalkan on the way.
 * A referral is chased until its outcome is recorded, even when the agency uses no system.
 */
export const REFERRAL_STATUS = defineEnum(['draft', 'dikirim', 'diterima', 'ditolak', 'selesai', 'dibatalkan'] as const, {
  draft: 'Draf',
  dikirim: 'Dikirim',
  diterima: 'Diterima',
  ditolak: 'Ditolak',
  selesai: 'Selesai',
  dibatalkan: 'Dibatalkan',
});

export const REFERRAL_TRANSITIONS: Record<(typeof REFERRAL_STATUS.values)[number], (typeof REFERRAL_STATUS.values)[number][]> = {
  draft: ['dikirim', 'dibatalkan'],
  dikirim: ['diterima', 'ditolak', 'dibatalkan'],
  diterima: ['selesai', 'dibatalkan'],
  ditolak: [],
  selesai: [],
  dibatalkan: [],
};

/** Who consented to the referral (UU 27/2022: a guardian for children; the person and/or guardian for people with disabilities). */
export const CONSENT_BY = defineEnum(['klien', 'wali'] as const, { klien: 'Klien', wali: 'Orang Tua/Wali' });

/** Default documents checklist for a referral; editable in settings. */
export const DEFAULT_REFERRAL_DOCUMENTS = ['KTP', 'Kartu Keluarga (KK)', 'KIS/Kartu JKN', 'SKTM', 'Surat Keterangan Domisili', 'Rekomendasi Camat', 'Hasil Asesmen'];

export const PAPER = defineEnum(['a4', 'f4'] as const, { a4: 'A4 (210 × 297 mm)', f4: 'F4 (215 × 330 mm)' });
export const PAPER_SIZE_MM: Record<(typeof PAPER.values)[number], { width: number; height: number }> = {
  a4: { width: 210, height: 297 },
  f4: { width: 215, height: 330 },
};
