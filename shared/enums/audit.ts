import { defineEnum } from './define';

/** What an audit-trail row records (electron/core/audit/channels.ts says which channel records what). */
export const AUDIT_ACTION = defineEnum(
  ['buka_catatan', 'ubah', 'ekspor', 'cetak', 'surat', 'impor', 'cadangan', 'pulihkan', 'pindah', 'buka_kunci', 'kunci', 'gagal_buka_kunci', 'ditolak'] as const,
  {
    buka_catatan: 'Membuka catatan',
    ubah: 'Mengubah data',
    ekspor: 'Ekspor',
    cetak: 'Cetak',
    surat: 'Surat',
    impor: 'Impor',
    cadangan: 'Cadangan',
    pulihkan: 'Pemulihan cadangan',
    pindah: 'Paket pindah laptop',
    buka_kunci: 'Membuka kunci',
    kunci: 'Mengunci',
    gagal_buka_kunci: 'Gagal membuka kunci',
    ditolak: 'Akses ditolak',
  },
);

/** How it ended: done, refused for the role (FORBIDDEN), or failed. */
export const AUDIT_OUTCOME = defineEnum(['ok', 'ditolak', 'galat'] as const, { ok: 'Berhasil', ditolak: 'Ditolak', galat: 'Gagal' });

/** What `audit verify` can find wrong with a row of the chain. */
export const AUDIT_PROBLEM = defineEnum(['diubah', 'disisipkan', 'dihapus', 'urutan_salah'] as const, {
  diubah: 'Diubah',
  disisipkan: 'Disisipkan',
  dihapus: 'Dihapus',
  urutan_salah: 'Urutan salah',
});
