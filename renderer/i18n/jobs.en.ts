/** Long work (import, export, backup): its steps as the progress bar names them. */
export const jobsEn = {
  jobs: {
    phase: {
      mulai: 'Starting…',
      membaca: 'Reading the file…',
      memeriksa: 'Checking rows…',
      mengumpulkan: 'Gathering the records…',
      menganonimkan: 'De-identifying…',
      mencetak: 'Printing the PDF…',
      menulis: 'Writing rows…',
      mengemas: 'Packing the zip…',
      menyalin: 'Copying the data…',
      merapikan: 'Tidying the backup folder…',
      mengimpor: 'Importing clients…',
      menyimpan: 'Saving…',
    },
    counted: {
      memeriksa: 'Checking row {{done}} of {{total}}…',
      mengumpulkan: 'Gathering case {{done}} of {{total}}…',
      menulis: 'Writing row {{done}} of {{total}}…',
      mengimpor: 'Importing client {{done}} of {{total}}…',
      mengemas: 'Packing the zip… {{percent}}%',
      menyalin: 'Copying the data… {{percent}}%',
    },
    cancel: 'Cancel',
    cancelling: 'Cancelling…',
  },
};
