import { defineEnum } from './define';

/**
 * What a client (or guardian) agreed to. DOMAIN.md names no official list, so these are the
 * purposes a Dinas Sosial worker asks about in the field (UU 27/2022: consent per purpose).
 */
export const CONSENT_PURPOSE = defineEnum(
  ['pendampingan_asesmen', 'rujukan', 'berbagi_data', 'dokumentasi_foto', 'publikasi_tanpa_identitas'] as const,
  {
    pendampingan_asesmen: 'Pendampingan dan asesmen',
    rujukan: 'Rujukan ke lembaga lain',
    berbagi_data: 'Berbagi data dengan instansi',
    dokumentasi_foto: 'Dokumentasi foto',
    publikasi_tanpa_identitas: 'Publikasi tanpa identitas',
  },
);

/** Why a client's personal data is to be erased (UU 27/2022 Pasal 8 and 44). */
export const ERASURE_REASON = defineEnum(['permintaan_klien', 'permintaan_wali', 'masa_simpan_berakhir', 'lainnya'] as const, {
  permintaan_klien: 'Permintaan klien',
  permintaan_wali: 'Permintaan orang tua/wali',
  masa_simpan_berakhir: 'Masa simpan berakhir',
  lainnya: 'Lainnya',
});

/** A request waits for a koordinator, who approves (the data is erased) or rejects it. */
export const ERASURE_STATUS = defineEnum(['menunggu', 'disetujui', 'ditolak'] as const, {
  menunggu: 'Menunggu persetujuan',
  disetujui: 'Disetujui, data dihapus',
  ditolak: 'Ditolak',
});
