import { useState } from 'react';
import { Controller, useForm, useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Attachment, Referral, ReferralInput } from '../../../shared/contract';
import { CONSENT_BY, URGENCY } from '../../../shared/enums';
import type { Result } from '../../../shared/result';
import { FormDateInput } from '../../components/date-input';
import { Field, fieldAria, GroupError } from '../../components/field';
import { applyServerErrors, FormProblemAlert, useFormProblem } from '../../components/server-errors';
import { InstitutionDialog } from '../institutions/institution-dialog';
import { InstitutionPicker } from './institution-picker';
import { RecordedReferralConsent } from '../privacy/recorded-referral-consent';
import { REFERRAL_FIELDS, referralResolver, type ReferralValues } from './referral-values';

type Form = UseFormReturn<ReferralValues, unknown, ReferralInput>;

interface Props {
  defaults: ReferralValues;
  /** The destination of a draft being changed. */
  chosenName: string | null;
  /** The client's attachments, to tie a scan to a document of the checklist. */
  attachments: Attachment[];
  submitLabel: string;
  /** '' on create, 'referral.' on update (where the server's field paths start). */
  serverPrefix: '' | 'referral.';
  save(input: ReferralInput): Promise<Result<Referral>>;
  onSaved(referral: Referral): void;
  cancelHref: string;
}

/** Destination, reason, services, urgency, documents checklist and consent (or an override). */
export function ReferralForm({ defaults, chosenName, attachments, submitLabel, serverPrefix, save, onSaved, cancelHref }: Props) {
  const { t } = useTranslation();
  const problem = useFormProblem();
  const [destination, setDestination] = useState(chosenName);
  const [adding, setAdding] = useState(false);
  const form = useForm<ReferralValues, unknown, ReferralInput>({ resolver: referralResolver, defaultValues: defaults });
  const e = form.formState.errors;
  const urgency = useWatch({ control: form.control, name: 'urgency' });

  const submit = form.handleSubmit(async (input) => {
    problem.clear();
    const r = await save(input);
    if (r.ok) return onSaved(r.value);
    problem.fromServer(r.error, applyServerErrors(r.error, form.setError, REFERRAL_FIELDS, serverPrefix));
  }, problem.invalid);

  return (
    <>
      <form className="form" onSubmit={submit} noValidate>
        <Controller
          control={form.control}
          name="institutionId"
          render={({ field, fieldState }) => (
            <InstitutionPicker
              value={field.value}
              chosenName={destination}
              onChange={(i) => {
                setDestination(i.name);
                field.onChange(i.id);
              }}
              onAdd={() => setAdding(true)}
              error={fieldState.error?.message}
            />
          )}
        />
        <fieldset className="section">
          <legend>{t('referral.details')}</legend>
          <Field id="ref-reason" label={t('referral.reason')} error={e.reason?.message} hint={t('referral.reasonHint')} required>
            <textarea rows={3} maxLength={2000} {...fieldAria('ref-reason', e.reason?.message, true)} {...form.register('reason')} />
          </Field>
          <Field id="ref-services" label={t('referral.services')} error={e.servicesRequested?.message} hint={t('referral.servicesHint')}>
            <textarea rows={2} maxLength={2000} {...fieldAria('ref-services', e.servicesRequested?.message, true)} {...form.register('servicesRequested')} />
          </Field>
          <div className="grid-2">
            <fieldset className="inline-group" aria-describedby={['ref-urgency-hint', e.urgency ? 'ref-urgency-error' : ''].join(' ').trim()}>
              <legend>
                {t('referral.urgency')}
                <span className="required" aria-hidden="true"> *</span>
              </legend>
              {URGENCY.values.map((u) => (
                <label key={u} className="check">
                  <input type="radio" value={u} {...form.register('urgency')} />
                  {t(`enum.urgency.${u}`)}
                </label>
              ))}
              <p className="hint" id="ref-urgency-hint" style={{ width: '100%' }}>
                {urgency ? t(`referral.urgencyHint.${urgency}`) : '\u00a0'}
              </p>
              <GroupError id="ref-urgency-error" error={e.urgency?.message} />
            </fieldset>
            <Field id="ref-expected" label={t('referral.expected')} error={e.expectedResponseDate?.message} hint={t('referral.expectedHint')}>
              <FormDateInput control={form.control} name="expectedResponseDate" {...fieldAria('ref-expected', e.expectedResponseDate?.message, true)} />
            </Field>
          </div>
        </fieldset>
        <DocumentsSection form={form} attachments={attachments} />
        <ConsentSection form={form} />
        <FormProblemAlert problem={problem.problem} />
        <div className="actions">
          <button type="submit" className="button button-primary" disabled={form.formState.isSubmitting}>
            {form.formState.isSubmitting ? t('common.saving') : submitLabel}
          </button>
          <a className="button" href={cancelHref}>
            {t('common.cancel')}
          </a>
        </div>
      </form>
      <InstitutionDialog
        open={adding}
        institution={null}
        onClose={() => setAdding(false)}
        onSaved={(inst) => {
          setAdding(false);
          setDestination(inst.name);
          form.setValue('institutionId', inst.id, { shouldValidate: form.formState.isSubmitted });
        }}
      />
    </>
  );
}

function DocumentsSection({ form, attachments }: { form: Form; attachments: Attachment[] }) {
  const { t } = useTranslation();
  const docs = useWatch({ control: form.control, name: 'documents' });
  const errors = form.formState.errors.documents;
  return (
    <fieldset className="section">
      <legend>{t('referral.documents')}</legend>
      <p className="hint">{t('referral.documentsHint')}</p>
      {docs.length === 0 ? (
        <p className="muted">{t('referral.noDocuments')}</p>
      ) : (
        <table className="table doc-table">
          <tbody>
            {docs.map((d, i) => {
              const err = errors?.[i]?.attachmentId?.message;
              return (
                <tr key={d.name}>
                  <th scope="row">{d.name}</th>
                  <td>
                    <label className="check">
                      <input type="checkbox" {...form.register(`documents.${i}.provided`)} aria-label={`${d.name}: ${t('referral.documentProvided')}`} />
                      {t('referral.documentProvided')}
                    </label>
                  </td>
                  <td>
                    <Field id={`ref-doc-${i}`} label={t('referral.documentFile', { name: d.name })} error={err} className="compact-field">
                      <select
                        {...fieldAria(`ref-doc-${i}`, err)}
                        {...form.register(`documents.${i}.attachmentId`, {
                          onChange: (ev: { target: { value: string } }) => ev.target.value && form.setValue(`documents.${i}.provided`, true),
                        })}
                      >
                        <option value="">{t('referral.noFile')}</option>
                        {attachments.map((a) => (
                          <option key={a.id} value={a.id}>
                            {a.fileName}
                          </option>
                        ))}
                      </select>
                    </Field>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </fieldset>
  );
}

function ConsentSection({ form }: { form: Form }) {
  const { t } = useTranslation();
  const mode = useWatch({ control: form.control, name: 'consentMode' });
  const e = form.formState.errors.consent;
  const groupError = e?.message;
  return (
    <fieldset
      className={`section${groupError ? ' has-error' : ''}`}
      aria-describedby={['ref-consent-hint', groupError ? 'ref-consent-error' : ''].join(' ').trim()}
    >
      <legend>
        {t('referral.consentLegend')}
        <span className="required" aria-hidden="true"> *</span>
      </legend>
      <p className="hint" id="ref-consent-hint">
        {t('referral.consentHint')}
      </p>
      <GroupError id="ref-consent-error" error={groupError} />
      <RecordedReferralConsent
        caseId={form.getValues('caseId')}
        onUse={(c) => {
          form.setValue('consentMode', 'consent');
          form.setValue('consent.by', c.by);
          form.setValue('consent.name', c.name);
          form.setValue('consent.date', c.date);
        }}
      />
      <div className="choice-cards">
        <div className={`choice-card${mode === 'consent' ? ' chosen' : ''}`}>
          <label className="check">
            <input type="radio" value="consent" {...form.register('consentMode')} />
            {t('referral.consentGiven')}
          </label>
          {mode === 'consent' && (
            <>
              <fieldset className="inline-group" aria-describedby={e?.by ? 'ref-consent-by-error' : undefined}>
                <legend>{t('referral.consentBy')}</legend>
                {CONSENT_BY.values.map((b) => (
                  <label key={b} className="check">
                    <input type="radio" value={b} {...form.register('consent.by')} />
                    {t(`enum.consentBy.${b}`)}
                  </label>
                ))}
                <GroupError id="ref-consent-by-error" error={e?.by?.message} />
              </fieldset>
              <Field id="ref-consent-name" label={t('referral.consentName')} error={e?.name?.message} required>
                <input type="text" maxLength={200} {...fieldAria('ref-consent-name', e?.name?.message)} {...form.register('consent.name')} />
              </Field>
              <Field id="ref-consent-date" label={t('referral.consentDate')} error={e?.date?.message} required>
                <FormDateInput control={form.control} name="consent.date" {...fieldAria('ref-consent-date', e?.date?.message)} />
              </Field>
              <Field id="ref-consent-note" label={t('referral.consentNote')} error={e?.note?.message} hint={t('referral.consentNoteHint')}>
                <input type="text" maxLength={500} {...fieldAria('ref-consent-note', e?.note?.message, true)} {...form.register('consent.note')} />
              </Field>
            </>
          )}
        </div>
        <div className={`choice-card${mode === 'override' ? ' chosen' : ''}`}>
          <label className="check">
            <input type="radio" value="override" {...form.register('consentMode')} />
            {t('referral.consentOverride')}
          </label>
          {mode === 'override' && (
            <Field id="ref-override" label={t('referral.overrideReason')} error={form.formState.errors.consentOverride?.message} required>
              <textarea rows={3} maxLength={1000} {...fieldAria('ref-override', form.formState.errors.consentOverride?.message)} {...form.register('consentOverride')} />
            </Field>
          )}
        </div>
      </div>
    </fieldset>
  );
}
