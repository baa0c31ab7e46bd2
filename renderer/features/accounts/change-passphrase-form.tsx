import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { givenPassphrase, newPassphrase } from '../../../shared/contract';
import { Alert } from '../../components/alert';
import { Field, fieldAria } from '../../components/field';
import { applyServerErrors, FormProblemAlert, useFormProblem } from '../../components/server-errors';
import { useAccounts } from '../../stores/accounts';
import { repeated } from '../session/forms';
import { PassphraseInput, StrengthHint } from '../session/passphrase';

const Schema = z
  .strictObject({ currentPassphrase: givenPassphrase, newPassphrase, newPassphraseAgain: z.string() })
  .refine(...repeated('newPassphrase', 'newPassphraseAgain'));
type Values = z.input<typeof Schema>;
const FIELDS = ['currentPassphrase', 'newPassphrase', 'newPassphraseAgain'] as const;
const EMPTY: Values = { currentPassphrase: '', newPassphrase: '', newPassphraseAgain: '' };

/** Your own passphrase: the current one, then the new one twice. */
export function ChangePassphraseForm() {
  const { t } = useTranslation();
  const change = useAccounts((s) => s.changePassphrase);
  const problem = useFormProblem();
  const [saved, setSaved] = useState(false);
  const form = useForm<Values, unknown, z.output<typeof Schema>>({ resolver: zodResolver(Schema), defaultValues: EMPTY });
  const e = form.formState.errors;
  const passphrase = useWatch({ control: form.control, name: 'newPassphrase' }) ?? '';

  const submit = form.handleSubmit(async ({ newPassphraseAgain: _, ...input }) => {
    problem.clear();
    setSaved(false);
    const r = await change(input);
    if (r.ok) {
      form.reset(EMPTY);
      return setSaved(true);
    }
    problem.fromServer(r.error, applyServerErrors(r.error, form.setError, FIELDS));
  }, problem.invalid);

  return (
    <div className="account-part">
      <h3 id="change-passphrase-title">{t('accounts.changeTitle')}</h3>
      <form className="form" onSubmit={submit} noValidate aria-labelledby="change-passphrase-title">
        <div className="grid-3">
          <Field id="change-current" label={t('accounts.current')} error={e.currentPassphrase?.message} required>
            <PassphraseInput label={t('accounts.current')} autoComplete="current-password" {...fieldAria('change-current', e.currentPassphrase?.message)} {...form.register('currentPassphrase')} />
          </Field>
          <Field id="change-new" label={t('accounts.newPassphrase')} error={e.newPassphrase?.message} hint={<StrengthHint passphrase={passphrase} />} required>
            <PassphraseInput label={t('accounts.newPassphrase')} autoComplete="new-password" {...fieldAria('change-new', e.newPassphrase?.message, true)} {...form.register('newPassphrase')} />
          </Field>
          <Field id="change-again" label={t('accounts.newPassphraseAgain')} error={e.newPassphraseAgain?.message} required>
            <PassphraseInput label={t('accounts.newPassphraseAgain')} autoComplete="new-password" {...fieldAria('change-again', e.newPassphraseAgain?.message)} {...form.register('newPassphraseAgain')} />
          </Field>
        </div>
        <FormProblemAlert problem={problem.problem} />
        {saved && <Alert kind="success">{t('accounts.changed')}</Alert>}
        <div className="actions">
          <button type="submit" className="button" disabled={form.formState.isSubmitting}>
            {t('accounts.change')}
          </button>
        </div>
      </form>
    </div>
  );
}
