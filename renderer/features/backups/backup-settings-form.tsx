import { useState, type FormEvent } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { BackupSettingsInput, type BackupSettings } from '../../../shared/contract';
import { Alert } from '../../components/alert';
import { Field, fieldAria } from '../../components/field';
import { applyServerErrors, FormProblemAlert, useFormProblem } from '../../components/server-errors';
import { useBackups } from '../../stores/backups';

interface Values {
  folder: string;
  keep: number;
  daily: boolean;
}
const FIELDS = ['folder', 'keep', 'daily'] as const;

/** Folder (empty: the default inside the data folder), how many to keep, daily on or off. */
export function BackupSettingsForm({ settings }: { settings: BackupSettings }) {
  const { t } = useTranslation();
  const save = useBackups((s) => s.saveSettings);
  const problem = useFormProblem();
  const [saved, setSaved] = useState(false);
  const form = useForm<Values>({ defaultValues: { folder: settings.folder ?? '', keep: settings.keep, daily: settings.daily } });
  const e = form.formState.errors;

  const submit = form.handleSubmit(async (values) => {
    problem.clear();
    setSaved(false);
    const input = { folder: values.folder.trim() || null, keep: values.keep, daily: values.daily };
    // The contract's own schema first, so its messages appear beside the fields at once.
    const parsed = BackupSettingsInput.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) form.setError(String(issue.path[0]) as keyof Values, { type: 'schema', message: issue.message });
      return problem.invalid();
    }
    const r = await save(parsed.data);
    if (r.ok) {
      form.reset({ folder: r.value.folder ?? '', keep: r.value.keep, daily: r.value.daily });
      return setSaved(true);
    }
    problem.fromServer(r.error, applyServerErrors(r.error, form.setError, FIELDS));
  });

  // Errors set from the schema or the server stay until cleared: each save starts from none.
  const onSubmit = (ev: FormEvent) => {
    form.clearErrors();
    return submit(ev);
  };

  return (
    <form className="form backup-form" onSubmit={onSubmit} noValidate aria-labelledby="backup-settings-title">
      <div className="grid-2">
        <Field id="backup-folder" label={t('backup.folder')} hint={t('backup.folderHint')} error={e.folder?.message}>
          <input type="text" className="mono" spellCheck={false} {...fieldAria('backup-folder', e.folder?.message, true)} {...form.register('folder')} />
        </Field>
        <Field id="backup-keep" label={t('backup.keep')} hint={t('backup.keepHint')} error={e.keep?.message} required>
          <input type="number" min={1} max={100} step={1} inputMode="numeric" {...fieldAria('backup-keep', e.keep?.message, true)} {...form.register('keep', { valueAsNumber: true })} />
        </Field>
      </div>
      <label className="check">
        <input type="checkbox" {...form.register('daily')} />
        {t('backup.daily')}
      </label>
      <FormProblemAlert problem={problem.problem} />
      {saved && <Alert kind="success">{t('backup.saved')}</Alert>}
      <div className="actions">
        <button type="submit" className="button" disabled={form.formState.isSubmitting}>
          {t('backup.save')}
        </button>
      </div>
    </form>
  );
}
