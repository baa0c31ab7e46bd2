import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { RetentionSettings } from '../../../shared/contract';
import { Alert } from '../../components/alert';
import { Field, fieldAria } from '../../components/field';
import { applyServerErrors, FormProblemAlert, useFormProblem } from '../../components/server-errors';
import { useCan } from '../../stores/access';
import { usePrivacy } from '../../stores/privacy';

/** Pengaturan: "masa simpan kasus tertutup (tahun)"; an admin changes it, others read it. */
export function RetentionSettingsSection() {
  const { t } = useTranslation();
  const { retention, loadRetention } = usePrivacy();
  useEffect(() => {
    void loadRetention();
  }, [loadRetention]);
  return (
    <section className="card" aria-labelledby="settings-retention-title">
      <h2 id="settings-retention-title">{t('retention.settingsTitle')}</h2>
      {retention && <RetentionForm retention={retention} />}
    </section>
  );
}

function RetentionForm({ retention }: { retention: RetentionSettings }) {
  const { t } = useTranslation();
  const save = usePrivacy((s) => s.saveRetention);
  const mayChange = useCan('settings:retention-update') !== 'none';
  const problem = useFormProblem();
  const [saved, setSaved] = useState(false);
  const form = useForm<{ closedCaseYears: string }>({ defaultValues: { closedCaseYears: String(retention.closedCaseYears) } });
  const e = form.formState.errors;
  const submit = form.handleSubmit(async ({ closedCaseYears }) => {
    problem.clear();
    setSaved(false);
    // A number stays a number; anything else is sent as typed and the core names the problem.
    const years = /^\s*\d+\s*$/.test(closedCaseYears) ? Number(closedCaseYears) : (closedCaseYears as unknown as number);
    const r = await save({ closedCaseYears: years });
    if (r.ok) return setSaved(true);
    problem.fromServer(r.error, applyServerErrors(r.error, form.setError, ['closedCaseYears']));
  }, problem.invalid);
  return (
    <form className="form" onSubmit={submit} noValidate>
      <Field id="retention-years" label={t('retention.settingsLabel')} error={e.closedCaseYears?.message} hint={t('retention.settingsHint')} required>
        <input type="text" inputMode="numeric" maxLength={3} readOnly={!mayChange} {...fieldAria('retention-years', e.closedCaseYears?.message, true)} {...form.register('closedCaseYears')} />
      </Field>
      {!mayChange && <p className="hint">{t('access.adminOnly')}</p>}
      {saved && <Alert kind="success">{t('retention.saved')}</Alert>}
      <FormProblemAlert problem={problem.problem} />
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={!mayChange || form.formState.isSubmitting}>
          {t('retention.save')}
        </button>
      </div>
    </form>
  );
}
