import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ClientInput, ClientSaved } from '../../../shared/contract';
import type { Result } from '../../../shared/result';
import { paths } from '../../app/router';
import { applyServerErrors, FormProblemAlert, useFormProblem } from '../../components/server-errors';
import { useLockDraft } from '../../stores/drafts';
import { AddressSection } from './address-section';
import { beforeSave, CLIENT_FIELDS, clientResolver, type ClientFormState } from './form-state';
import { IdentitySection } from './identity-section';
import { ContactSection, WelfareSection } from './social-section';

interface Props {
  initial: ClientFormState;
  submitLabel: string;
  save(values: ClientInput): Promise<Result<ClientSaved>>;
  onSaved(saved: ClientSaved): void;
  cancelHref: string;
  /** Where "see the latest version" leads after an edit CONFLICT (someone else saved first). */
  latestHref?: string;
  /** Keeps what was typed across a lock and unlock under this name (stores/drafts.ts). */
  draftKey?: string;
}

/**
 * The client registration / edit form, validated with the shared `ClientInput` schema.
 * A failed save never resets the form: errors go beside their fields and everything typed
 * stays where it was.
 */
export function ClientForm({ initial, submitLabel, save, onSaved, cancelHref, latestHref, draftKey }: Props) {
  const { t } = useTranslation();
  const draft = useLockDraft(draftKey ?? null, (): ClientFormState => form.getValues());
  const form = useForm<ClientFormState, unknown, ClientInput>({ resolver: clientResolver, defaultValues: draft ?? initial });
  const problem = useFormProblem();

  const submit = form.handleSubmit(async (values) => {
    problem.clear();
    const r = await save(beforeSave(values));
    if (r.ok) return onSaved(r.value);
    problem.fromServer(r.error, applyServerErrors(r.error, form.setError, CLIENT_FIELDS, 'client.'));
  }, problem.invalid);

  const existingId = problem.problem?.error.details?.existingClientId;
  const stale = problem.problem?.error.code === 'CONFLICT' && !existingId;

  return (
    <FormProvider {...form}>
      <form className="form client-form" onSubmit={submit} noValidate aria-label={submitLabel}>
        <IdentitySection />
        <AddressSection />
        <ContactSection />
        <WelfareSection />
        <FormProblemAlert problem={problem.problem}>
          {existingId && (
            <p>
              <a href={paths.client(existingId)}>{t('client.openExisting')}</a>
            </p>
          )}
          {stale && latestHref && (
            <p>
              {t('client.staleHelp')} <a href={latestHref}>{t('client.openLatest')}</a>
            </p>
          )}
        </FormProblemAlert>
        <div className="actions sticky-actions">
          <button type="submit" className="button button-primary" disabled={form.formState.isSubmitting}>
            {form.formState.isSubmitting ? t('common.saving') : submitLabel}
          </button>
          <a className="button" href={cancelHref}>
            {t('common.cancel')}
          </a>
        </div>
      </form>
    </FormProvider>
  );
}
