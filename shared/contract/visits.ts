import { z } from 'zod';
import { FAMILY_SUPPORT, JKN_STATUS, MEDICATION_ADHERENCE, RISK, VISIT_TYPE } from '../enums';
import { channel, id, nullable, isoDate, optionalText, uniqueList } from './common';


/** Pasung follow-up indicators, recorded at each visit of a pasung case. */
export const PasungIndicators = z
  .strictObject({
    medication: nullable(z.enum(MEDICATION_ADHERENCE.values, { error: 'Nilai kepatuhan minum obat tidak dikenal.' })),
    relapse: z.boolean({ error: 'Isi kambuh: ya atau tidak.' }),
    relapseDate: nullable(isoDate),
    risk: nullable(z.enum(RISK.values, { error: 'Nilai risiko pasung ulang tidak dikenal.' })),
    familySupport: uniqueList(z.enum(FAMILY_SUPPORT.values, { error: 'Jenis dukungan keluarga tidak dikenal.' }), 4).default([]),
    jkn: nullable(z.enum(JKN_STATUS.values, { error: 'Status JKN tidak dikenal.' })),
    civilDocsComplete: nullable(z.boolean()),
    dtsenRegistered: nullable(z.boolean()),
    dtsenDecile: nullable(z.int().min(1, { error: 'Desil 1–10.' }).max(10, { error: 'Desil 1–10.' })),
    productiveActivity: optionalText(500),
  })
  .superRefine((v, ctx) => {
    if (v.relapse && !v.relapseDate) ctx.addIssue({ code: 'custom', path: ['relapseDate'], message: 'Tanggal kambuh wajib diisi bila kambuh.' });
    if (!v.relapse && v.relapseDate) ctx.addIssue({ code: 'custom', path: ['relapseDate'], message: 'Tanggal kambuh hanya diisi bila kambuh.' });
  });
export type PasungIndicators = z.output<typeof PasungIndicators>;

export const VisitInput = z.strictObject({
  caseId: id,
  type: z.enum(VISIT_TYPE.values, { error: 'Pilih jenis kunjungan.' }),
  /** Date and time with offset, e.g. 2026-11-28T09:30:00+07:00; stored as UTC. */
  visitedAt: z.iso.datetime({ offset: true, error: 'Waktu kunjungan harus tanggal dan jam yang sah.' }),
  place: optionalText(300),
  peopleMet: optionalText(500),
  note: z.string().trim().max(20_000, { error: 'Catatan paling banyak 20.000 karakter.' }).default(''),
  /** The general wellbeing note every case has. */
  wellbeing: optionalText(2000),
  pasung: nullable(PasungIndicators),
  /** Progress on devices and therapies, for disability cases. */
  disabilityProgress: optionalText(2000),
  /** undefined: take the suggestion from the risk; null: plan no next visit; a date: that date. */
  nextVisitDate: isoDate.nullable().optional(),
});
export type VisitInput = z.output<typeof VisitInput>;
export type VisitFormValues = z.input<typeof VisitInput>;

export interface Visit extends Omit<VisitInput, 'nextVisitDate'> {
  id: string;
  nextVisitDate: string | null;
  nextTaskId: string | null;
  authorId: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface VisitSearchHit {
  visitId: string;
  caseId: string;
  caseNumber: string;
  clientName: string;
  visitedAt: string;
  /** The note around the match; matched words sit between \u0002 and \u0003 (never HTML). */
  snippet: string;
}

export { HIGHLIGHT_END, HIGHLIGHT_START } from './constants';

export const visitChannels = {
  'visits:create': channel<Visit>()(VisitInput, true, 'Log a visit with its note and indicators; plans the next visit as a task (suggested from the risk unless nextVisitDate is given).'),
  'visits:get': channel<Visit>()(z.strictObject({ id }), false, 'One visit.'),
  'visits:suggest-next': channel<{ date: string | null; days: number | null }>()(
    z.strictObject({ visitedAt: z.iso.datetime({ offset: true }), risk: nullable(z.enum(RISK.values)) }),
    false,
    'The next visit date the settings suggest for a risk (tinggi 7, sedang 14, rendah 30 days by default).',
  ),
  'visits:search': channel<VisitSearchHit[]>()(
    z.strictObject({
      query: z.string().trim().min(1, { error: 'Isi kata yang dicari.' }).max(100),
      caseId: id.optional(),
      limit: z.int().min(1).max(200).default(50),
    }),
    false,
    'Full-text search of visit notes (word prefixes), newest first, with the matches marked.',
  ),
};
