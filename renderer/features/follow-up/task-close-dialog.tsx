import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { channels, type ChannelParsed, type Task } from '../../../shared/contract';
import { Dialog } from '../../components/dialog';
import { Field, fieldAria } from '../../components/field';
import { applyServerErrors, FormProblemAlert, useFormProblem } from '../../components/server-errors';
import { useTasks } from '../../stores/tasks';

type Parsed = ChannelParsed<'tasks:close'>;
interface Values {
  id: string;
  version: number;
  outcome: 'selesai' | 'terlewat';
  note: string;
}
const resolver = zodResolver(channels['tasks:close'].input) as unknown as Resolver<Values, unknown, Parsed>;

export interface Closing {
  task: Pick<Task, 'id' | 'version' | 'title'> & { clientName?: string };
  outcome: 'selesai' | 'terlewat';
}

/** Marks a follow-up done or missed, with a note kept in the case's timeline. */
export function TaskCloseDialog({ closing, onClose, onDone }: { closing: Closing | null; onClose(): void; onDone(outcome: Closing['outcome']): void }) {
  const { t } = useTranslation();
  return (
    <Dialog open={closing !== null} onClose={onClose} title={closing ? t(closing.outcome === 'selesai' ? 'followUp.markDoneTitle' : 'followUp.markMissedTitle') : ''}>
      {closing && <CloseForm closing={closing} onClose={onClose} onDone={onDone} />}
    </Dialog>
  );
}

function CloseForm({ closing, onClose, onDone }: { closing: Closing; onClose(): void; onDone(outcome: Closing['outcome']): void }) {
  const { t } = useTranslation();
  const close = useTasks((s) => s.close);
  const problem = useFormProblem();
  const form = useForm<Values, unknown, Parsed>({ resolver, defaultValues: { id: closing.task.id, version: closing.task.version, outcome: closing.outcome, note: '' } });
  const e = form.formState.errors;
  const submit = form.handleSubmit(async (values) => {
    problem.clear();
    const r = await close(values);
    if (r.ok) return onDone(values.outcome);
    problem.fromServer(r.error, applyServerErrors(r.error, form.setError, ['outcome', 'note']));
  }, problem.invalid);
  return (
    <form className="form" onSubmit={submit} noValidate>
      <p>
        <strong>{closing.task.title}</strong>
        {closing.task.clientName && <span className="muted"> · {closing.task.clientName}</span>}
      </p>
      <fieldset className="inline-group">
        <legend>{t('followUp.outcome')}</legend>
        <label className="check">
          <input type="radio" value="selesai" {...form.register('outcome')} /> {t('enum.taskStatus.selesai')}
        </label>
        <label className="check">
          <input type="radio" value="terlewat" {...form.register('outcome')} /> {t('enum.taskStatus.terlewat')}
        </label>
      </fieldset>
      <Field id="task-note" label={t('followUp.note')} error={e.note?.message} hint={t('followUp.noteHint')}>
        <textarea rows={3} maxLength={1000} {...fieldAria('task-note', e.note?.message, true)} {...form.register('note')} />
      </Field>
      <FormProblemAlert problem={problem.problem} />
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={form.formState.isSubmitting}>
          {t('followUp.saveOutcome')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
