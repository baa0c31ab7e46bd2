import type { Shape } from './casework';
import type { attachmentsId } from './attachments.id';

/** English plurals (i18next picks `_one` for a count of 1). */
export const attachmentsEn: Shape<typeof attachmentsId> & { attachment: { uploaded_one: string } } = {
  attachment: {
    title: 'Photos and documents',
    upload: 'Upload a photo or scan',
    uploading: 'Uploading…',
    allowed: 'JPEG, PNG or PDF, at most 20 MB per file.',
    tooBig: 'Larger than 20 MB: it will not be uploaded.',
    remove: 'Remove',
    removeNamed: 'Remove {{name}} from the list',
    uploaded: '{{count}} files uploaded.',
    uploaded_one: '1 file uploaded.',
    refused: 'These files were refused:',
    none: 'No photos or documents yet.',
    viewer: 'Attachment',
    open: 'Open PDF',
    download: 'Download',
    close: 'Close',
    openNamed: 'View {{name}}',
    imageAlt: 'Photo {{name}}',
    pdfHelp: 'A PDF document: open it in a new tab or download it.',
  },
};
