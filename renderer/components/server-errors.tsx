import { useState, type ReactNode } from 'react';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { AppErrorBody } from '../../shared/result';
import { Alert, ErrorAlert } from './alert';

/**
 * Puts the server's field errors (dotted paths such as `address.villageCode`) beside the
 * fields of a react-hook-form form. `prefix` strips a wrapper (`client.` on an update).
 * Returns true when every problem found its field, so the form only needs a summary.
 */
export function applyServerErrors<T extends FieldValues>(
  error: AppErrorBody,
  setError: UseFormSetError<T>,
  known: readonly string[],
  prefix = '',
): boolean {
  if (!error.fields?.length) return false;
  let all = true;
  for (const f of error.fields) {
    const path = f.path.startsWith(prefix) ? f.path.slice(prefix.length) : f.path;
    if (known.includes(path.split('.')[0])) setError(path as Path<T>, { type: 'server', message: f.message }, { shouldFocus: all });
    else all = false;
  }
  return all;
}

export interface FormProblem {
  error: AppErrorBody;
  /** Every field error is shown beside its field; the summary need not repeat them. */
  mapped: boolean;
}

export function useFormProblem() {
  const [problem, setProblem] = useState<FormProblem | null>(null);
  return {
    problem,
    clear: () => setProblem(null),
    fromServer: (error: AppErrorBody, mapped: boolean) => setProblem({ error, mapped }),
    invalid: () => setProblem({ error: { code: 'VALIDATION', message: '' }, mapped: true }),
  };
}

/** The summary above a form's buttons after a failed save; what was typed stays in the form. */
export function FormProblemAlert({ problem, children }: { problem: FormProblem | null; children?: ReactNode }) {
  const { t } = useTranslation();
  if (!problem) return null;
  if (problem.mapped && problem.error.code === 'VALIDATION')
    return <Alert kind="error" title={t('form.notSaved')}><p>{t('form.checkFields')}</p>{children}</Alert>;
  return (
    <ErrorAlert error={problem.error}>
      {problem.error.code === 'VALIDATION' && <p>{t('form.notSavedKept')}</p>}
      {children}
    </ErrorAlert>
  );
}
