import type { ReactNode } from 'react';
import { useForm, type FieldValues, type UseFormProps } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../shared/result';
import { applyServerErrors, FormProblemAlert, useFormProblem } from './server-errors';

interface SaveFormOptions<V extends FieldValues, P, R> extends UseFormProps<V, unknown, P> {
  /** The top-level fields a server error may name; a problem elsewhere goes to the summary. */
  fields: readonly string[];
  /** Strips a wrapper from the server's field paths (`institution.` on an update). */
  prefix?: string;
  /** Sends what the form parsed. null: refused before sending (the fields already say why). */
  save(values: P): Promise<Result<R> | null>;
  /** After a successful save; the button stays busy while a returned promise runs. */
  onSaved(value: R, values: P): unknown;
}

/**
 * A react-hook-form form that saves through a store: on a refusal the server's field errors
 * go beside their fields and a summary above the buttons, and what was typed stays.
 */
export function useSaveForm<V extends FieldValues, P = V, R = unknown>({ fields, prefix, save, onSaved, ...props }: SaveFormOptions<V, P, R>) {
  const form = useForm<V, unknown, P>(props);
  const problem = useFormProblem();
  const submit = form.handleSubmit(async (values) => {
    problem.clear();
    const r = await save(values);
    if (!r) return problem.invalid();
    if (r.ok) return void (await onSaved(r.value, values));
    problem.fromServer(r.error, applyServerErrors(r.error, form.setError, fields, prefix));
  }, problem.invalid);
  return { form, problem, submit, errors: form.formState.errors, busy: form.formState.isSubmitting };
}

export type SaveForm = Pick<ReturnType<typeof useSaveForm>, 'problem' | 'submit' | 'busy'>;

interface FormDialogBodyProps {
  saver: SaveForm;
  /** The primary button's text (what it saves: "Simpan tahap", "Kirim permintaan" …). */
  submitLabel: string;
  /** Say "Menyimpan…" on the button while the save runs (for saves that can take a moment). */
  sayBusy?: boolean;
  onCancel(): void;
  className?: string;
  /** The form's accessible name, where no dialog title names it. */
  label?: string;
  /** Shown inside the problem summary (e.g. reload the case after an edit conflict). */
  problemExtra?: ReactNode;
  children: ReactNode;
}

/**
 * The body every form dialog shares: the fields, the summary of a failed save, then the
 * save and Batal buttons. Enter submits; the native <dialog> closes on Escape.
 */
export function FormDialogBody({ saver, submitLabel, sayBusy, onCancel, className = 'form', label, problemExtra, children }: FormDialogBodyProps) {
  const { t } = useTranslation();
  return (
    <form className={className} onSubmit={saver.submit} noValidate aria-label={label}>
      {children}
      <FormProblemAlert problem={saver.problem.problem}>{problemExtra}</FormProblemAlert>
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={saver.busy}>
          {sayBusy && saver.busy ? t('common.saving') : submitLabel}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
