import { zodResolver } from '@hookform/resolvers/zod';
import type { Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { channels, type ChannelParsed, type Task } from '../../../shared/contract';
import { Dialog } from '../../components/dialog';
import { Field, fieldAria } from '../../components/field';
import { FormDialogBody, useSaveForm } from '../../components/form-dialog';
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
  const saver = useSaveForm({
    resolver,
    defaultValues: { id: closing.task.id, version: closing.task.version, outcome: closing.outcome, note: '' },
    fields: ['outcome', 'note'],
    save: close,
    onSaved: (_, values) => onDone(values.outcome),
  });
  const { form, errors: e } = saver;
  return (
    <FormDialogBody saver={saver} submitLabel={t('followUp.saveOutcome')} onCancel={onClose}>
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
    </FormDialogBody>
  );
}
