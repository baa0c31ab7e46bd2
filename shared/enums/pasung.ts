import { defineEnum } from './define';

/**
 * Pasung: shackling or confinement of a person with a psychosocial disability. Handling
 * follows Permenkes 54/2017 and Permensos 12/2018; the follow-up after release is what
 * prevents re-shackling (repasung), which is why every status change is kept.
 */
export const PASUNG_STATUS = defineEnum(['dipasung', 'dilepas', 'repasung'] as const, {
  dipasung: 'Dipasung',
  dilepas: 'Dilepas',
  repasung: 'Dipasung Ulang (Repasung)',
});

export const PASUNG_METHOD = defineEnum(['balok_kayu', 'rantai', 'tali', 'dikurung', 'lainnya'] as const, {
  balok_kayu: 'Balok Kayu',
  rantai: 'Rantai',
  tali: 'Tali',
  dikurung: 'Dikurung',
  lainnya: 'Lainnya',
});

export const PASUNG_REASON = defineEnum(['tindak_kekerasan', 'perilaku_membahayakan', 'keluyuran', 'lainnya'] as const, {
  tindak_kekerasan: 'Tindak Kekerasan',
  perilaku_membahayakan: 'Perilaku Membahayakan',
  keluyuran: 'Keluyuran',
  lainnya: 'Lainnya',
});

export const DIAGNOSIS = defineEnum(['mental_organik', 'napza_alkohol', 'psikotik', 'mood', 'retardasi_mental', 'perilaku_anak', 'epilepsi'] as const, {
  mental_organik: 'Gangguan Mental Organik',
  napza_alkohol: 'Gangguan karena NAPZA/Alkohol',
  psikotik: 'Gangguan Psikotik',
  mood: 'Gangguan Suasana Perasaan (Mood)',
  retardasi_mental: 'Retardasi Mental',
  perilaku_anak: 'Gangguan Perilaku Anak',
  epilepsi: 'Epilepsi',
});

export const HEALTH_SERVICE = defineEnum(['puskesmas', 'rujuk_rsu', 'rujuk_rsj'] as const, {
  puskesmas: 'Puskesmas',
  rujuk_rsu: 'Rujuk RSU',
  rujuk_rsj: 'Rujuk RSJ',
});

export const MANAGEMENT = defineEnum(['terapi_obat', 'edukasi_keluarga', 'edukasi_masyarakat', 'rehab_psikososial'] as const, {
  terapi_obat: 'Terapi Obat',
  edukasi_keluarga: 'Edukasi Keluarga',
  edukasi_masyarakat: 'Edukasi Masyarakat',
  rehab_psikososial: 'Rehabilitasi Psikososial',
});
