/** Long work (import, export, backup): its steps as the progress bar names them. */
export const jobsId = {
  jobs: {
    phase: {
      mulai: 'Memulai…',
      membaca: 'Membaca berkas…',
      memeriksa: 'Memeriksa baris…',
      mengumpulkan: 'Mengumpulkan data…',
      menganonimkan: 'Menganonimkan…',
      mencetak: 'Mencetak PDF…',
      menulis: 'Menulis baris…',
      mengemas: 'Mengemas zip…',
      menyalin: 'Menyalin data…',
      merapikan: 'Merapikan folder cadangan…',
      mengimpor: 'Mengimpor klien…',
      menyimpan: 'Menyimpan…',
    },
    counted: {
      memeriksa: 'Memeriksa baris {{done}} dari {{total}}…',
      mengumpulkan: 'Mengumpulkan kasus {{done}} dari {{total}}…',
      menulis: 'Menulis baris {{done}} dari {{total}}…',
      mengimpor: 'Mengimpor klien {{done}} dari {{total}}…',
      mengemas: 'Mengemas zip… {{percent}}%',
      menyalin: 'Menyalin data… {{percent}}%',
    },
    cancel: 'Batalkan',
    cancelling: 'Membatalkan…',
  },
};
