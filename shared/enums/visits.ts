import { defineEnum } from './define';

/** Kinds of contact with a client (kunjungan and other contacts). */
export const VISIT_TYPE = defineEnum(
  ['kunjungan_rumah', 'penjangkauan', 'pendampingan_faskes', 'pendampingan_adminduk', 'konferensi_kasus', 'telepon_daring', 'monitoring_pascaterminasi'] as const,
  {
    kunjungan_rumah: 'Kunjungan Rumah',
    penjangkauan: 'Penjangkauan',
    pendampingan_faskes: 'Pendampingan ke Fasilitas Kesehatan',
    pendampingan_adminduk: 'Pendampingan Dokumen Kependudukan',
    konferensi_kasus: 'Konferensi Kasus',
    telepon_daring: 'Telepon / Daring',
    monitoring_pascaterminasi: 'Monitoring Pascaterminasi',
  },
);

/** Pasung follow-up indicators recorded at each visit (Permenkes 54/2017 field forms). */
export const MEDICATION_ADHERENCE = defineEnum(['teratur', 'tidak_teratur', 'putus'] as const, {
  teratur: 'Teratur',
  tidak_teratur: 'Tidak Teratur',
  putus: 'Putus Obat',
});

/** Re-shackling risk; it also drives the next visit (tinggi 7, sedang 14, rendah 30 days by default). */
export const RISK = defineEnum(['rendah', 'sedang', 'tinggi'] as const, { rendah: 'Rendah', sedang: 'Sedang', tinggi: 'Tinggi' });

/** The four kinds of family support (House): appraisal, practical, informational, emotional. */
export const FAMILY_SUPPORT = defineEnum(['penilaian', 'instrumental', 'informasional', 'emosional'] as const, {
  penilaian: 'Dukungan Penilaian',
  instrumental: 'Dukungan Instrumental (Praktis)',
  informasional: 'Dukungan Informasional',
  emosional: 'Dukungan Emosional',
});

export const JKN_STATUS = defineEnum(['pbi', 'non_pbi', 'belum'] as const, { pbi: 'PBI', non_pbi: 'Non-PBI', belum: 'Belum Punya JKN' });

export const TASK_KIND = defineEnum(['kunjungan', 'telepon', 'dokumen', 'cek_rujukan', 'lainnya'] as const, {
  kunjungan: 'Kunjungan',
  telepon: 'Telepon',
  dokumen: 'Dokumen',
  cek_rujukan: 'Cek Rujukan',
  lainnya: 'Lainnya',
});

export const TASK_STATUS = defineEnum(['terbuka', 'selesai', 'terlewat'] as const, { terbuka: 'Terbuka', selesai: 'Selesai', terlewat: 'Terlewat' });
