import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldErrors, Resolver } from 'react-hook-form';
import { ReferralInput, type Referral } from '../../../shared/contract';
import type { CONSENT_BY, URGENCY } from '../../../shared/enums';
import { i18n } from '../../i18n';

type Urgency = (typeof URGENCY.values)[number];
type ConsentBy = (typeof CONSENT_BY.values)[number];

/**
 * What the referral form holds. Both the consent and the override reason stay in the form
 * whichever is chosen, so switching between them loses nothing; only the chosen one is sent.
 */
export interface ReferralValues {
  caseId: string;
  institutionId: string;
  reason: string;
  servicesRequested: string;
  urgency: Urgency | '';
  expectedResponseDate: string;
  documents: { name: string; provided: boolean; attachmentId: string }[];
  consentMode: 'consent' | 'override' | '';
  consent: { by: ConsentBy | ''; name: string; date: string; note: string };
  consentOverride: string;
}

export const REFERRAL_FIELDS = ['institutionId', 'reason', 'servicesRequested', 'urgency', 'expectedResponseDate', 'documents', 'consent', 'consentOverride'] as const;

export function emptyValues(caseId: string, documentNames: string[], today: string): ReferralValues {
  return {
    caseId,
    institutionId: '',
    reason: '',
    servicesRequested: '',
    urgency: '',
    expectedResponseDate: '',
    documents: documentNames.map((name) => ({ name, provided: false, attachmentId: '' })),
    consentMode: '',
    consent: { by: '', name: '', date: today, note: '' },
    consentOverride: '',
  };
}

/** A draft being changed: its values, plus any checklist names added in settings since. */
export function valuesOf(r: Referral, documentNames: string[], today: string): ReferralValues {
  const docs = r.documents.map((d) => ({ name: d.name, provided: d.provided, attachmentId: d.attachmentId ?? '' }));
  for (const name of documentNames) if (!docs.some((d) => d.name === name)) docs.push({ name, provided: false, attachmentId: '' });
  return {
    caseId: r.caseId,
    institutionId: r.institutionId,
    reason: r.reason,
    servicesRequested: r.servicesRequested ?? '',
    urgency: r.urgency,
    expectedResponseDate: r.expectedResponseDate ?? '',
    documents: docs,
    consentMode: r.consent ? 'consent' : r.consentOverride ? 'override' : '',
    consent: r.consent ? { by: r.consent.by, name: r.consent.name, date: r.consent.date, note: r.consent.note ?? '' } : { by: '', name: '', date: today, note: '' },
    consentOverride: r.consentOverride ?? '',
  };
}

/** The contract's input from the form: only the chosen consent route, empty choices left out. */
export function toInput(v: ReferralValues): unknown {
  return {
    caseId: v.caseId,
    institutionId: v.institutionId,
    reason: v.reason,
    servicesRequested: v.servicesRequested,
    urgency: v.urgency || undefined,
    expectedResponseDate: v.expectedResponseDate || null,
    documents: v.documents.map((d) => ({ name: d.name, provided: d.provided, attachmentId: d.attachmentId || null })),
    consent: v.consentMode === 'consent' ? { ...v.consent, by: v.consent.by || undefined } : null,
    consentOverride: v.consentMode === 'override' ? v.consentOverride : null,
  };
}

const base = zodResolver(ReferralInput);

/**
 * The contract's schema on the converted values. Its consent rule runs only once every other
 * field passes, so the form checks the choice itself too: all problems show at once.
 */
export const referralResolver: Resolver<ReferralValues, unknown, ReferralInput> = async (values, context, options) => {
  const r = (await base(toInput(values) as never, context, options as never)) as { values: ReferralInput | Record<string, never>; errors: FieldErrors<ReferralValues> };
  const errors = r.errors;
  if (!Object.keys(errors).length) return r as never;
  if (!values.institutionId) errors.institutionId = { type: 'required', message: i18n.t('referral.chooseInstitution') };
  const noOverride = values.consentMode === 'override' && !values.consentOverride.trim();
  if (!values.consentMode || noOverride) errors.consent = { ...errors.consent, type: 'required', message: i18n.t('referral.consentRequired') };
  return { values: {}, errors } as never;
};
