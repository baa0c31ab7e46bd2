/** Photos and scanned documents stored inside the encrypted database. */
export const attachmentsId = {
  attachment: {
    title: 'Foto dan dokumen',
    upload: 'Unggah foto atau pindaian',
    uploading: 'Mengunggah…',
    allowed: 'JPEG, PNG atau PDF, paling besar 20 MB per berkas.',
    tooBig: 'Lebih dari 20 MB: tidak akan diunggah.',
    remove: 'Hapus',
    removeNamed: 'Hapus {{name}} dari daftar',
    uploaded: '{{count}} berkas terunggah.',
    refused: 'Berkas berikut ditolak:',
    none: 'Belum ada foto atau dokumen.',
    viewer: 'Lampiran',
    open: 'Buka PDF',
    download: 'Unduh',
    close: 'Tutup',
    openNamed: 'Lihat {{name}}',
    imageAlt: 'Foto {{name}}',
    pdfHelp: 'Dokumen PDF: buka di tab baru atau unduh.',
  },
};
