import { defineEnum } from './define';

/** Assistive devices the ministry distributes (ATENSI dukungan aksesibilitas). */
export const DEVICE = defineEnum(
  ['kursi_roda_dewasa', 'kursi_roda_anak', 'kursi_roda_adaptif', 'kursi_roda_elektrik', 'kaki_palsu', 'tangan_palsu', 'ortesis', 'kruk', 'walker', 'tongkat_kaki_tiga', 'tongkat_netra', 'alat_bantu_dengar', 'motor_roda_tiga', 'lainnya'] as const,
  {
    kursi_roda_dewasa: 'Kursi Roda Dewasa',
    kursi_roda_anak: 'Kursi Roda Anak',
    kursi_roda_adaptif: 'Kursi Roda Adaptif',
    kursi_roda_elektrik: 'Kursi Roda Elektrik',
    kaki_palsu: 'Kaki Palsu',
    tangan_palsu: 'Tangan Palsu',
    ortesis: 'Ortesis',
    kruk: 'Kruk',
    walker: 'Walker',
    tongkat_kaki_tiga: 'Tongkat Kaki Tiga',
    tongkat_netra: 'Tongkat Netra',
    alat_bantu_dengar: 'Alat Bantu Dengar',
    motor_roda_tiga: 'Motor Roda Tiga',
    lainnya: 'Lainnya',
  },
);

/** A device moves forward only: needed → requested → received. */
export const DEVICE_STEP = defineEnum(['dibutuhkan', 'diajukan', 'diterima'] as const, {
  dibutuhkan: 'Dibutuhkan',
  diajukan: 'Diajukan',
  diterima: 'Diterima',
});

/** The seven ATENSI service components. */
export const ATENSI_SERVICE = defineEnum(
  ['kebutuhan_hidup_layak', 'perawatan_pengasuhan', 'dukungan_keluarga', 'terapi', 'vokasional_kewirausahaan', 'bantuan_asistensi_sosial', 'dukungan_aksesibilitas'] as const,
  {
    kebutuhan_hidup_layak: 'Pemenuhan Kebutuhan Hidup Layak',
    perawatan_pengasuhan: 'Perawatan Sosial dan/atau Pengasuhan Anak',
    dukungan_keluarga: 'Dukungan Keluarga',
    terapi: 'Terapi Fisik, Psikososial, dan Mental Spiritual',
    vokasional_kewirausahaan: 'Pelatihan Vokasional dan/atau Pembinaan Kewirausahaan',
    bantuan_asistensi_sosial: 'Bantuan Sosial dan Asistensi Sosial',
    dukungan_aksesibilitas: 'Dukungan Aksesibilitas',
  },
);
