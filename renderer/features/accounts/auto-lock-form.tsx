import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SecuritySettingsInput, type SecuritySettings } from '../../../shared/contract';
import { Alert } from '../../components/alert';
import { Field, fieldAria } from '../../components/field';
import { applyServerErrors, FormProblemAlert, useFormProblem } from '../../components/server-errors';
import { useAccounts } from '../../stores/accounts';

/** "Kunci otomatis setelah N menit": an admin sets it; everyone else reads it. */
export function AutoLockForm({ admin }: { admin: boolean }) {
  const { t } = useTranslation();
  const security = useAccounts((s) => s.security);
  return (
    <div className="account-part">
      <h3 id="auto-lock-title">{t('accounts.autoLockTitle')}</h3>
      {security && (admin ? <Editable settings={security} /> : <p>{t('accounts.autoLockReadOnly', { count: security.autoLockMinutes })}</p>)}
    </div>
  );
}

function Editable({ settings }: { settings: SecuritySettings }) {
  const { t } = useTranslation();
  const update = useAccounts((s) => s.updateSecurity);
  const problem = useFormProblem();
  const [saved, setSaved] = useState<number | null>(null);
  const form = useForm<{ autoLockMinutes: number }, unknown, SecuritySettings>({ resolver: zodResolver(SecuritySettingsInput), defaultValues: settings });
  const e = form.formState.errors;
  useEffect(() => {
    if (!form.formState.isDirty) form.reset(settings);
  }, [settings, form]);

  const submit = form.handleSubmit(async (values) => {
    problem.clear();
    setSaved(null);
    const r = await update(values);
    if (r.ok) {
      form.reset(r.value);
      return setSaved(r.value.autoLockMinutes);
    }
    problem.fromServer(r.error, applyServerErrors(r.error, form.setError, ['autoLockMinutes']));
  }, problem.invalid);

  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="auto-lock-title">
      <Field id="auto-lock-minutes" label={t('accounts.autoLock')} error={e.autoLockMinutes?.message} hint={t('accounts.autoLockHint')} required>
        <input
          type="number"
          className="input-short"
          min={1}
          max={120}
          step={1}
          {...fieldAria('auto-lock-minutes', e.autoLockMinutes?.message, true)}
          {...form.register('autoLockMinutes', { setValueAs: (v: string) => (v === '' ? undefined : Number(v)) })}
        />
      </Field>
      <FormProblemAlert problem={problem.problem} />
      {saved !== null && <Alert kind="success">{t('accounts.autoLockSaved', { count: saved })}</Alert>}
      <div className="actions">
        <button type="submit" className="button" disabled={form.formState.isSubmitting}>
          {t('accounts.autoLockSave')}
        </button>
      </div>
    </form>
  );
}
