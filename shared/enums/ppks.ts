import { defineEnum } from './define';

/**
 * PPKS (Pemerlu Pelayanan Kesejahteraan Sosial): the 26 official types of people who need
 * social welfare services. No official numeric codes exist, so stable slugs are used.
 */
export const PPKS = defineEnum(
  [
    'anak_balita_terlantar', 'anak_terlantar', 'anak_berhadapan_hukum', 'anak_jalanan',
    'anak_dengan_kedisabilitasan', 'anak_korban_kekerasan', 'anak_memerlukan_perlindungan_khusus',
    'lansia_terlantar', 'penyandang_disabilitas', 'tuna_susila', 'gelandangan', 'pengemis',
    'pemulung', 'kelompok_minoritas', 'bwblp', 'odha', 'korban_napza', 'korban_trafficking',
    'korban_tindak_kekerasan', 'pmbs', 'korban_bencana_alam', 'korban_bencana_sosial',
    'perempuan_rawan_sosial_ekonomi', 'fakir_miskin', 'keluarga_bermasalah_sosial_psikologis',
    'komunitas_adat_terpencil',
  ] as const,
  {
    anak_balita_terlantar: 'Anak Balita Terlantar',
    anak_terlantar: 'Anak Terlantar',
    anak_berhadapan_hukum: 'Anak yang Berhadapan dengan Hukum',
    anak_jalanan: 'Anak Jalanan',
    anak_dengan_kedisabilitasan: 'Anak dengan Kedisabilitasan',
    anak_korban_kekerasan: 'Anak yang Menjadi Korban Tindak Kekerasan',
    anak_memerlukan_perlindungan_khusus: 'Anak yang Memerlukan Perlindungan Khusus',
    lansia_terlantar: 'Lanjut Usia Terlantar',
    penyandang_disabilitas: 'Penyandang Disabilitas',
    tuna_susila: 'Tuna Susila',
    gelandangan: 'Gelandangan',
    pengemis: 'Pengemis',
    pemulung: 'Pemulung',
    kelompok_minoritas: 'Kelompok Minoritas',
    bwblp: 'Bekas Warga Binaan Lembaga Pemasyarakatan',
    odha: 'Orang dengan HIV/AIDS',
    korban_napza: 'Korban Penyalahgunaan NAPZA',
    korban_trafficking: 'Korban Perdagangan Orang',
    korban_tindak_kekerasan: 'Korban Tindak Kekerasan',
    pmbs: 'Pekerja Migran Bermasalah Sosial',
    korban_bencana_alam: 'Korban Bencana Alam',
    korban_bencana_sosial: 'Korban Bencana Sosial',
    perempuan_rawan_sosial_ekonomi: 'Perempuan Rawan Sosial Ekonomi',
    fakir_miskin: 'Fakir Miskin',
    keluarga_bermasalah_sosial_psikologis: 'Keluarga Bermasalah Sosial Psikologis',
    komunitas_adat_terpencil: 'Komunitas Adat Terpencil',
  },
);
