import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, ErrorAlert } from '../../components/alert';
import { Field, fieldAria } from '../../components/field';
import { useCaseImport } from '../../stores/imports';

/** A case export from another Pendamping (.json, or a .zip bundle, optionally sealed with a password). */
export function CaseImport() {
  const { t } = useTranslation();
  const { running, error, imported, run, clear } = useCaseImport();
  const [file, setFile] = useState<File | null>(null);
  const [password, setPassword] = useState('');
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const passwordError = error?.fields?.find((f) => f.path === 'password')?.message;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!file) return setFileProblem(t('caseImport.chooseFile'));
    if (!/\.(json|zip)$/i.test(file.name)) return setFileProblem(t('caseImport.wrongType'));
    setFileProblem(null);
    await run(file, password);
  };
  const counts = imported ? Object.entries(imported).filter(([, n]) => n > 0) : [];

  return (
    <section className="card" aria-labelledby="case-import-title">
      <h2 id="case-import-title">{t('caseImport.title')}</h2>
      <p>{t('caseImport.intro')}</p>
      <form className="form" onSubmit={submit} noValidate aria-labelledby="case-import-title">
        <div className="grid-2">
          <Field id="case-import-file" label={t('caseImport.file')} hint={t('caseImport.fileHint')} error={fileProblem ?? undefined}>
            <input
              type="file"
              accept=".json,.zip,application/json,application/zip"
              {...fieldAria('case-import-file', fileProblem ?? undefined, true)}
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                setFileProblem(null);
                clear();
              }}
            />
          </Field>
          <Field id="case-import-password" label={t('caseImport.password')} hint={t('caseImport.passwordHint')} error={passwordError}>
            <input type="password" autoComplete="off" maxLength={200} value={password} onChange={(e) => setPassword(e.target.value)} {...fieldAria('case-import-password', passwordError, true)} />
          </Field>
        </div>
        {error && (
          <ErrorAlert error={error}>
            <p>{t('caseImport.notDone')}</p>
          </ErrorAlert>
        )}
        {imported && (
          <Alert kind="success" title={t('caseImport.done')}>
            {counts.length === 0 ? (
              <p>{t('caseImport.nothingNew')}</p>
            ) : (
              <>
                <p>{t('caseImport.importedList')}</p>
                <ul>
                  {counts.map(([table, n]) => (
                    <li key={table}>
                      {n} {t(`caseImport.tables.${table}`, { defaultValue: table })}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </Alert>
        )}
        <div className="actions">
          <button type="submit" className="button button-primary" disabled={running}>
            {t('caseImport.submit')}
          </button>
          <span role="status" aria-live="polite">
            {running && <span className="busy">{t('caseImport.running')}</span>}
          </span>
        </div>
      </form>
    </section>
  );
}
