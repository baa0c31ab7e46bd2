import { defineEnum } from './define';

/**
 * ATENSI (Asistensi Rehabilitasi Sosial, Permensos 7/2021): the ministry's rehabilitation
 * model. A case moves through stages in order; its status is separate from its stage.
 * A referral is an event at any stage, not a stage.
 */
export const CLUSTER = defineEnum(
  ['anak', 'lanjut_usia', 'penyandang_disabilitas', 'tuna_sosial_dan_korban_perdagangan_orang', 'korban_napza', 'korban_bencana', 'ppks_lainnya'] as const,
  {
    anak: 'Anak',
    lanjut_usia: 'Lanjut Usia',
    penyandang_disabilitas: 'Penyandang Disabilitas',
    tuna_sosial_dan_korban_perdagangan_orang: 'Tuna Sosial dan Korban Perdagangan Orang',
    korban_napza: 'Korban Penyalahgunaan NAPZA',
    korban_bencana: 'Korban Bencana',
    ppks_lainnya: 'PPKS Lainnya',
  },
);

/** Case stages in their standard order (pendekatan awal → … → bimbingan lanjut). */
export const STAGE = defineEnum(
  ['pendekatan_awal', 'asesmen', 'rencana_intervensi', 'intervensi', 'resosialisasi', 'terminasi', 'bimbingan_lanjut'] as const,
  {
    pendekatan_awal: 'Pendekatan Awal',
    asesmen: 'Asesmen',
    rencana_intervensi: 'Rencana Intervensi',
    intervensi: 'Intervensi',
    resosialisasi: 'Resosialisasi',
    terminasi: 'Terminasi',
    bimbingan_lanjut: 'Bimbingan Lanjut',
  },
);

export const CASE_STATUS = defineEnum(
  ['aktif', 'ditunda', 'dirujuk', 'selesai', 'meninggal', 'pindah', 'hilang_kontak'] as const,
  {
    aktif: 'Aktif',
    ditunda: 'Ditunda',
    dirujuk: 'Dirujuk',
    selesai: 'Selesai',
    meninggal: 'Meninggal',
    pindah: 'Pindah',
    hilang_kontak: 'Hilang Kontak',
  },
);

/** Statuses that end a case: setting one needs a closure reason and sets the closed date. */
export const CLOSED_STATUSES = ['selesai', 'meninggal', 'pindah', 'hilang_kontak'] as const;

export const CLOSURE_REASON = defineEnum(
  ['tujuan_tercapai', 'dirujuk', 'meninggal', 'pindah_domisili', 'menolak_layanan', 'hilang_kontak'] as const,
  {
    tujuan_tercapai: 'Tujuan Tercapai',
    dirujuk: 'Dirujuk',
    meninggal: 'Meninggal Dunia',
    pindah_domisili: 'Pindah Domisili',
    menolak_layanan: 'Menolak Layanan',
    hilang_kontak: 'Hilang Kontak',
  },
);
