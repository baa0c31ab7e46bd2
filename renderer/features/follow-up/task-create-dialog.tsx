import { zodResolver } from '@hookform/resolvers/zod';
import type { Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { channels, type ChannelParsed } from '../../../shared/contract';
import { TASK_KIND } from '../../../shared/enums';
import { FormDateInput } from '../../components/date-input';
import { Dialog } from '../../components/dialog';
import { EnumOptions } from '../../components/enum-options';
import { Field, fieldAria } from '../../components/field';
import { FormDialogBody, useSaveForm } from '../../components/form-dialog';
import { useTasks } from '../../stores/tasks';

type Parsed = ChannelParsed<'tasks:create'>;
interface Values {
  caseId: string;
  kind: string;
  title: string;
  dueDate: string;
}
const resolver = zodResolver(channels['tasks:create'].input) as unknown as Resolver<Values, unknown, Parsed>;

/** Plans a follow-up on a case (visit, call, documents, check a referral) with a due date. */
export function TaskCreateDialog({ open, caseId, onClose, onDone }: { open: boolean; caseId: string; onClose(): void; onDone(): void }) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} onClose={onClose} title={t('followUp.addTitle')}>
      <CreateForm caseId={caseId} onClose={onClose} onDone={onDone} />
    </Dialog>
  );
}

function CreateForm({ caseId, onClose, onDone }: { caseId: string; onClose(): void; onDone(): void }) {
  const { t } = useTranslation();
  const create = useTasks((s) => s.create);
  const saver = useSaveForm({
    resolver,
    defaultValues: { caseId, kind: 'kunjungan', title: '', dueDate: '' },
    fields: ['kind', 'title', 'dueDate'],
    save: create,
    onSaved: () => onDone(),
  });
  const { form, errors: e } = saver;
  return (
    <FormDialogBody saver={saver} submitLabel={t('followUp.saveTask')} onCancel={onClose}>
      <Field id="task-kind" label={t('followUp.kind')} error={e.kind?.message} required>
        <select {...fieldAria('task-kind', e.kind?.message)} {...form.register('kind')}>
          <EnumOptions kind="taskKind" values={TASK_KIND.values} />
        </select>
      </Field>
      <Field id="task-title" label={t('followUp.taskTitle')} error={e.title?.message} required>
        <input type="text" maxLength={200} {...fieldAria('task-title', e.title?.message)} {...form.register('title')} />
      </Field>
      <Field id="task-due" label={t('followUp.dueDate')} error={e.dueDate?.message} required>
        <FormDateInput control={form.control} name="dueDate" {...fieldAria('task-due', e.dueDate?.message)} />
      </Field>
    </FormDialogBody>
  );
}
