import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CASE_NUMBER_PLACEHOLDERS, SettingsInput, TIME_ZONES, templateProblems, type Settings } from '../../../shared/contract';
import { Alert } from '../../components/alert';
import { allMessages, Field, fieldAria } from '../../components/field';
import { applyServerErrors, FormProblemAlert, useFormProblem } from '../../components/server-errors';
import { useSettings } from '../../stores/settings';
import { RoleGate } from '../access/role-gate';

const FIELDS = ['officeName', 'unitCode', 'timeZone', 'caseNumberTemplate'] as const;

/** What a template gives for the first case of this year, e.g. 0001/RS/Dinsos/2025. */
function example(template: string, unit: string): string | null {
  if (templateProblems(template, CASE_NUMBER_PLACEHOLDERS).length) return null;
  const now = new Date();
  return template.replace(/\{([a-z]+)(?::(\d))?\}/g, (_, name: string, width?: string) => {
    if (name === 'nomor') return '1'.padStart(Number(width ?? 1), '0');
    if (name === 'tahun') return String(now.getFullYear());
    if (name === 'bulan') return String(now.getMonth() + 1).padStart(2, '0');
    return unit;
  });
}

export function OfficeForm({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const update = useSettings((s) => s.update);
  const problem = useFormProblem();
  const [saved, setSaved] = useState(false);
  const form = useForm<Settings>({ resolver: zodResolver(SettingsInput), defaultValues: settings, mode: 'onChange', criteriaMode: 'all' });
  const e = form.formState.errors;
  const [template, unit] = useWatch({ control: form.control, name: ['caseNumberTemplate', 'unitCode'] });
  const preview = example(template ?? '', unit ?? '');
  const templateErrors = allMessages(e.caseNumberTemplate);

  const submit = form.handleSubmit(async (values) => {
    problem.clear();
    setSaved(false);
    const r = await update(values);
    if (r.ok) {
      form.reset(r.value);
      return setSaved(true);
    }
    problem.fromServer(r.error, applyServerErrors(r.error, form.setError, FIELDS));
  }, problem.invalid);

  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="settings-office-title">
      <RoleGate channel="settings:update" need="admin">
        <div className="grid-2">
          <Field id="settings-office-name" label={t('settings.officeName')} error={e.officeName?.message} required>
            <input type="text" {...fieldAria('settings-office-name', e.officeName?.message)} {...form.register('officeName')} />
          </Field>
          <Field id="settings-unit-code" label={t('settings.unitCode')} error={e.unitCode?.message} required>
            <input type="text" {...fieldAria('settings-unit-code', e.unitCode?.message)} {...form.register('unitCode')} />
          </Field>
          <Field id="settings-time-zone" label={t('settings.timeZone')} error={e.timeZone?.message} required>
            <select {...fieldAria('settings-time-zone', e.timeZone?.message)} {...form.register('timeZone')}>
              {TIME_ZONES.map((z) => (
                <option key={z} value={z}>
                  {t(`settings.zones.${z.replace('/', '_')}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field
            id="settings-template"
            label={t('settings.caseNumberTemplate')}
            error={templateErrors}
            required
            hint={
              <>
                {t('settings.templateHint')}
                {preview && <span className="block">{t('settings.templateExample', { example: preview })}</span>}
              </>
            }
          >
            <input type="text" className="mono" {...fieldAria('settings-template', templateErrors, true)} {...form.register('caseNumberTemplate')} />
          </Field>
        </div>
        <FormProblemAlert problem={problem.problem} />
        {saved && <Alert kind="success">{t('settings.saved')}</Alert>}
        <div className="actions">
          <button type="submit" className="button button-primary" disabled={form.formState.isSubmitting}>
            {t('settings.save')}
          </button>
        </div>
      </RoleGate>
    </form>
  );
}
