import { z } from 'zod';
import { CONSENT_BY, REFERRAL_STATUS, URGENCY } from '../enums';
import { channel, id, isoDate, nullable, optionalText, requiredText, version } from './common';

export const ReferralDocument = z.strictObject({
  name: requiredText(100, 'Nama dokumen'),
  provided: z.boolean(),
  attachmentId: nullable(id),
});

export const ReferralInput = z
  .strictObject({
    caseId: id,
    institutionId: id,
    reason: requiredText(2000, 'Alasan rujukan'),
    servicesRequested: optionalText(2000),
    urgency: z.enum(URGENCY.values, { error: 'Pilih tingkat urgensi.' }),
    /** When an answer is expected; defaults by urgency (darurat 1, segera 3, biasa 7 days after sending). */
    expectedResponseDate: nullable(isoDate),
    documents: z.array(ReferralDocument).max(30).default([]),
    consent: nullable(
      z.strictObject({
        by: z.enum(CONSENT_BY.values, { error: 'Pilih siapa yang memberi persetujuan.' }),
        name: requiredText(200, 'Nama pemberi persetujuan'),
        date: isoDate,
        note: optionalText(500),
      }),
    ),
    /** Without recorded consent, the reason the referral goes ahead (e.g. an emergency). */
    consentOverride: optionalText(1000),
  })
  .superRefine((v, ctx) => {
    if (!v.consent && !v.consentOverride)
      ctx.addIssue({ code: 'custom', path: ['consent'], message: 'Catat persetujuan klien/wali, atau beri alasan bila rujukan tetap dilakukan tanpa persetujuan.' });
  });
export type ReferralInput = z.output<typeof ReferralInput>;
export type ReferralFormValues = z.input<typeof ReferralInput>;

export type ReferralStatus = (typeof REFERRAL_STATUS.values)[number];

export interface ReferralEvent {
  id: string;
  status: ReferralStatus;
  date: string;
  note: string | null;
  actorName: string | null;
}

export interface Referral extends Omit<ReferralInput, 'expectedResponseDate'> {
  id: string;
  status: ReferralStatus;
  expectedResponseDate: string | null;
  institution: { id: string; name: string; type: string };
  caseNumber: string;
  clientId: string;
  clientName: string;
  outcome: string | null;
  history: ReferralEvent[];
  letters: { id: string; number: string; issuedAt: string; paper: string; cancelledAt: string | null }[];
  version: number;
  createdAt: string;
}

export const referralChannels = {
  'referrals:create': channel<Referral>()(ReferralInput, true, 'Draft a referral on a case: destination, reason, services, urgency, documents and consent.'),
  'referrals:update': channel<Referral>()(
    z.strictObject({ id, version, referral: ReferralInput }),
    true,
    'Change a referral while it is a draft.',
  ),
  'referrals:transition': channel<Referral>()(
    z.strictObject({
      id,
      version,
      to: z.enum(REFERRAL_STATUS.values, { error: 'Status rujukan tidak dikenal.' }),
      date: isoDate,
      /** Required for ditolak (the reason), selesai (the outcome) and dibatalkan (the reason). */
      note: optionalText(2000),
    }),
    true,
    'Move a referral along draft → dikirim → diterima | ditolak → selesai, or dibatalkan.',
  ),
  'referrals:get': channel<Referral>()(z.strictObject({ id }), false, 'One referral with its history and letters.'),
  'referrals:list': channel<Referral[]>()(
    z
      .strictObject({ caseId: id.optional(), status: z.enum(REFERRAL_STATUS.values).optional(), limit: z.int().min(1).max(500).default(200) })
      .optional()
      .transform((v) => v ?? { limit: 200 }),
    false,
    'Referrals of a case, or of the office by status, newest first.',
  ),
};
