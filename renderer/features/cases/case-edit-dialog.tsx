import { zodResolver } from '@hookform/resolvers/zod';
import type { Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { channels, type CaseDetail, type ChannelParsed } from '../../../shared/contract';
import { CLUSTER, PPKS } from '../../../shared/enums';
import { Dialog } from '../../components/dialog';
import { EnumOptions } from '../../components/enum-options';
import { Field, fieldAria } from '../../components/field';
import { FormDialogBody, useSaveForm } from '../../components/form-dialog';
import { useAccess, useSupervises } from '../../stores/access';
import { useCases } from '../../stores/cases';
import { activeWorkers, useWorkers } from '../../stores/workers';
import { ReloadOnConflict } from './reload-on-conflict';

type Parsed = ChannelParsed<'cases:update'>;
interface Values {
  id: string;
  version: number;
  cluster: string;
  ppksType: string;
  assignedWorkerId: string;
  summary: string;
}
const base = zodResolver(channels['cases:update'].input) as unknown as Resolver<Values, unknown, Parsed>;
// "Not assigned" is an empty select: null for the contract.
const resolver: Resolver<Values, unknown, Parsed> = (values, ctx, opts) =>
  base({ ...values, assignedWorkerId: values.assignedWorkerId || null } as unknown as Values, ctx, opts);

interface Props {
  open: boolean;
  caseDetail: CaseDetail;
  onClose(): void;
  onDone(): void;
}

export function CaseEditDialog(props: Props) {
  const { t } = useTranslation();
  return (
    <Dialog open={props.open} onClose={props.onClose} title={t('case.edit')}>
      <CaseEditForm {...props} />
    </Dialog>
  );
}

/** Cluster, PPKS type, assigned worker and summary, saved with the case's version. */
function CaseEditForm({ caseDetail: c, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const update = useCases((s) => s.update);
  const workers = useWorkers((s) => s.workers);
  const saver = useSaveForm({
    resolver,
    defaultValues: { id: c.id, version: c.version, cluster: c.cluster, ppksType: c.ppksType, assignedWorkerId: c.assignedWorkerId ?? '', summary: c.summary ?? '' },
    fields: ['cluster', 'ppksType', 'assignedWorkerId', 'summary'],
    // The version is the one on screen now (it moves when a reload brings a newer one).
    save: (values) => update({ ...values, version: c.version }),
    onSaved: () => onDone(),
  });
  const { form, errors: e } = saver;
  // The assigned worker stays choosable even when no longer active.
  const active: { id: string; name: string }[] = activeWorkers(workers);
  const all = c.assignedWorker && !active.some((w) => w.id === c.assignedWorkerId) ? [...active, c.assignedWorker] : active;
  // A pekerja sosial keeps the assignment, or takes an unassigned case of hers herself.
  const supervises = useSupervises();
  const me = useAccess((s) => s.view?.workerId ?? null);
  const choices = supervises ? all : c.assignedWorker ? [c.assignedWorker] : all.filter((w) => w.id === me);

  return (
    <FormDialogBody
      saver={saver}
      submitLabel={t('common.saveChanges')}
      onCancel={onClose}
      problemExtra={<ReloadOnConflict problem={saver.problem.problem} caseId={c.id} onReloaded={saver.problem.clear} />}
    >
      <Field id="case-edit-cluster" label={t('case.cluster')} error={e.cluster?.message} required>
        <select {...fieldAria('case-edit-cluster', e.cluster?.message)} {...form.register('cluster')}>
          <EnumOptions kind="cluster" values={CLUSTER.values} />
        </select>
      </Field>
      <Field id="case-edit-ppks" label={t('case.ppksType')} error={e.ppksType?.message} required>
        <select {...fieldAria('case-edit-ppks', e.ppksType?.message)} {...form.register('ppksType')}>
          <EnumOptions kind="ppks" values={PPKS.values} />
        </select>
      </Field>
      <Field id="case-edit-worker" label={t('case.worker')} error={e.assignedWorkerId?.message} hint={supervises ? undefined : t('access.reassignHint')}>
        <select {...fieldAria('case-edit-worker', e.assignedWorkerId?.message, !supervises)} {...form.register('assignedWorkerId')}>
          {(supervises || !c.assignedWorker) && <option value="">{t('case.noWorker')}</option>}
          {choices.map((w) => (
            <option key={w.id} value={w.id}>
              {w.name}
            </option>
          ))}
        </select>
      </Field>
      <Field id="case-edit-summary" label={t('case.summary')} error={e.summary?.message}>
        <textarea rows={4} {...fieldAria('case-edit-summary', e.summary?.message)} {...form.register('summary')} />
      </Field>
    </FormDialogBody>
  );
}
