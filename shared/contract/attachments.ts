import { z } from 'zod';
import { channel, id, requiredText } from './common';
import { ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES } from './constants';

export { ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES };
/** base64 grows 4/3; the schema bounds the text before decoding. */
const MAX_BASE64 = Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4;

export interface Attachment {
  id: string;
  clientId: string;
  caseId: string | null;
  visitId: string | null;
  fileName: string;
  mimeType: (typeof ATTACHMENT_TYPES)[number];
  size: number;
  /** A small JPEG (data: URL) for images; null for PDFs. */
  thumbnail: string | null;
  createdAt: string;
}

export const attachmentChannels = {
  'attachments:add': channel<Attachment>()(
    z
      .strictObject({
        clientId: id.optional(),
        visitId: id.optional(),
        fileName: requiredText(200, 'Nama berkas'),
        dataBase64: z
          .string()
          .max(MAX_BASE64, { error: 'Berkas lebih dari 20 MB.' })
          .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'Isi berkas harus base64.' }),
      })
      .refine((v) => Boolean(v.clientId) !== Boolean(v.visitId), { error: 'Lampirkan ke satu klien atau satu kunjungan.', path: ['visitId'] }),
    true,
    'Attach a photo or scan (JPEG, PNG or PDF up to 20 MB) to a client or a visit; stored inside the encrypted database.',
  ),
  'attachments:list': channel<Attachment[]>()(
    z.strictObject({ clientId: id.optional(), visitId: id.optional(), caseId: id.optional() }),
    false,
    'Attachments of a client, visit or case (without their contents).',
  ),
  'attachments:get': channel<Attachment & { dataBase64: string }>()(z.strictObject({ id }), false, 'One attachment with its contents, for the viewer.'),
};
