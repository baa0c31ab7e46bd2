import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { useTranslation } from 'react-i18next';
import { WorkerInput, type Worker } from '../../../shared/contract';
import { WORKER_ROLE } from '../../../shared/enums';
import type { Result } from '../../../shared/result';
import { EnumOptions } from '../../components/enum-options';
import { Field, fieldAria } from '../../components/field';
import { applyServerErrors, FormProblemAlert, useFormProblem } from '../../components/server-errors';

type Values = z.input<typeof WorkerInput>;
const FIELDS = ['name', 'nip', 'role', 'position', 'active'] as const;

interface Props {
  idPrefix: string;
  initial?: Worker;
  submitLabel: string;
  onSubmit(values: WorkerInput): Promise<Result<unknown>>;
  onCancel?: () => void;
}

/** Name, NIP, role, position (and, when editing, whether the profile is active). */
export function WorkerForm({ idPrefix, initial, submitLabel, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const form = useForm<Values, unknown, WorkerInput>({
    resolver: zodResolver(WorkerInput),
    defaultValues: initial
      ? { name: initial.name, nip: initial.nip ?? '', role: initial.role, position: initial.position ?? '', active: initial.active }
      : { name: '', nip: '', role: 'pekerja_sosial', position: '', active: true },
  });
  const { register, handleSubmit, formState, setError } = form;
  const errors = formState.errors;
  const id = (f: string) => `${idPrefix}-${f}`;
  const problem = useFormProblem();

  const submit = handleSubmit(async (values) => {
    problem.clear();
    const r = await onSubmit(values);
    if (!r.ok) problem.fromServer(r.error, applyServerErrors(r.error, setError, FIELDS, 'worker.'));
    else if (!initial) form.reset();
  }, problem.invalid);

  return (
    <form className="form" onSubmit={submit} noValidate>
      <div className="grid-2">
        <Field id={id('name')} label={t('worker.name')} error={errors.name?.message} required>
          <input type="text" autoComplete="name" {...fieldAria(id('name'), errors.name?.message)} {...register('name')} />
        </Field>
        <Field id={id('nip')} label={t('worker.nip')} error={errors.nip?.message} hint={t('worker.nipHint')}>
          <input type="text" inputMode="numeric" {...fieldAria(id('nip'), errors.nip?.message, true)} {...register('nip')} />
        </Field>
        <Field id={id('role')} label={t('worker.role')} error={errors.role?.message} required>
          <select {...fieldAria(id('role'), errors.role?.message)} {...register('role')}>
            <EnumOptions kind="role" values={WORKER_ROLE.values} />
          </select>
        </Field>
        <Field id={id('position')} label={t('worker.position')} error={errors.position?.message}>
          <input type="text" {...fieldAria(id('position'), errors.position?.message)} {...register('position')} />
        </Field>
      </div>
      {initial && (
        <div className="check">
          <input type="checkbox" id={id('active')} {...register('active')} />
          <label htmlFor={id('active')}>{t('worker.active')}</label>
        </div>
      )}
      <FormProblemAlert problem={problem.problem} />
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={formState.isSubmitting}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
