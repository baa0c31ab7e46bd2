import { z } from 'zod';
import { CONSENT_PURPOSE } from '../enums/consent';
import { CONSENT_BY } from '../enums/referrals';
import type { Attachment } from './attachments';
import { MAX_ATTACHMENT_BYTES } from './attachments';
import { channel, id, isoDate, optionalText, requiredText, version } from './common';

const MAX_BASE64 = Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4;

/** The signed form or a photo of it: checked by its content like every attachment. */
export const EvidenceFile = z.strictObject({
  fileName: requiredText(200, 'Nama berkas'),
  dataBase64: z
    .string()
    .max(MAX_BASE64, { error: 'Berkas lebih dari 20 MB.' })
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'Isi berkas harus base64.' }),
});

export const ConsentInput = z
  .strictObject({
    clientId: id,
    purpose: z.enum(CONSENT_PURPOSE.values, { error: 'Pilih tujuan persetujuan.' }),
    /** klien: the client herself; wali: a parent, guardian or family member (UU 27/2022 Pasal 25, 26). */
    givenBy: z.enum(CONSENT_BY.values, { error: 'Pilih siapa yang memberi persetujuan.' }),
    guardianName: optionalText(200),
    guardianRelation: optionalText(60),
    givenOn: isoDate,
    /** E.g. how it was explained accessibly (sign language, read aloud, easy-read form). */
    note: optionalText(1000),
    evidence: EvidenceFile.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.givenBy === 'wali' && !v.guardianName)
      ctx.addIssue({ code: 'custom', path: ['guardianName'], message: 'Nama wali/keluarga wajib diisi bila persetujuan diberikan oleh wali.' });
    if (v.givenBy === 'wali' && !v.guardianRelation)
      ctx.addIssue({ code: 'custom', path: ['guardianRelation'], message: 'Hubungan wali dengan klien wajib diisi.' });
  });
export type ConsentInput = z.output<typeof ConsentInput>;
export type ConsentFormValues = z.input<typeof ConsentInput>;

export interface Consent {
  id: string;
  clientId: string;
  /** The client's name now: who consented when givenBy is klien (a referral's consent can be filled from it). */
  clientName: string;
  purpose: (typeof CONSENT_PURPOSE.values)[number];
  givenBy: (typeof CONSENT_BY.values)[number];
  guardianName: string | null;
  guardianRelation: string | null;
  givenOn: string;
  note: string | null;
  /** The evidence file (without its contents; attachments:get opens it). */
  evidence: Attachment | null;
  withdrawnOn: string | null;
  withdrawalReason: string | null;
  /** Who recorded it. */
  actorName: string | null;
  version: number;
  createdAt: string;
}

export const consentChannels = {
  'consents:list': channel<Consent[]>()(
    z
      .strictObject({ clientId: id.optional(), caseId: id.optional() })
      .refine((v) => Boolean(v.clientId) !== Boolean(v.caseId), { error: 'Sebutkan satu klien atau satu kasus.', path: ['clientId'] }),
    false,
    "A client's consent records (or those of a case's client), newest first; withdrawn ones stay in the list.",
  ),
  'consents:create': channel<Consent>()(
    ConsentInput,
    true,
    'Record a consent: purpose, given by the client or a guardian (name and relation), date, optional evidence file (JPEG, PNG or PDF, sniffed by content). A child (under 18 on that day) needs a guardian.',
  ),
  'consents:withdraw': channel<Consent>()(
    z.strictObject({ id, version, withdrawnOn: isoDate, reason: requiredText(1000, 'Alasan penarikan') }),
    true,
    'Withdraw a consent on a date with a reason; the record stays in the history.',
  ),
};
