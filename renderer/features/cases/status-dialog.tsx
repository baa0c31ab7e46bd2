import { zodResolver } from '@hookform/resolvers/zod';
import { useWatch, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { channels, type CaseDetail, type ChannelParsed } from '../../../shared/contract';
import { CASE_STATUS, CLOSED_STATUSES, CLOSURE_REASON } from '../../../shared/enums';
import { Dialog } from '../../components/dialog';
import { EnumOptions } from '../../components/enum-options';
import { Field, fieldAria } from '../../components/field';
import { useSupervises } from '../../stores/access';
import { FormDialogBody, useSaveForm } from '../../components/form-dialog';
import { useCases } from '../../stores/cases';
import { ReloadOnConflict } from './reload-on-conflict';

type Parsed = ChannelParsed<'cases:change-status'>;
interface Values {
  id: string;
  version: number;
  status: string;
  reason: string;
  closureReason: string;
}
const isClosing = (status: string) => (CLOSED_STATUSES as readonly string[]).includes(status);
const base = zodResolver(channels['cases:change-status'].input) as unknown as Resolver<Values, unknown, Parsed>;
// An empty (or hidden, for a status that does not close) closure reason is absent, not "".
const resolver: Resolver<Values, unknown, Parsed> = (values, ctx, opts) =>
  base({ ...values, closureReason: (isClosing(values.status) && values.closureReason) || undefined } as unknown as Values, ctx, opts);

interface Props {
  open: boolean;
  caseDetail: CaseDetail;
  onClose(): void;
  /** `requested`: a pekerja sosial's closing status became a request to a koordinator. */
  onDone(requested: boolean): void;
}

export function StatusDialog(props: Props) {
  const { t } = useTranslation();
  return (
    <Dialog open={props.open} onClose={props.onClose} title={t('case.changeStatus')}>
      <StatusForm {...props} />
    </Dialog>
  );
}

/**
 * Changes the status; a closing status (selesai, meninggal, pindah, hilang kontak) needs a
 * closure reason, and from a pekerja sosial it waits for a koordinator's approval.
 */
function StatusForm({ caseDetail: c, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const supervises = useSupervises();
  const changeStatus = useCases((s) => s.changeStatus);
  const saver = useSaveForm({
    resolver,
    defaultValues: { id: c.id, version: c.version, status: '', reason: '', closureReason: '' },
    fields: ['status', 'reason', 'closureReason'],
    save: (values) => changeStatus({ ...values, version: c.version }),
    onSaved: (changed) => onDone(changed.closureRequest !== null && changed.status === c.status),
  });
  const { form, errors: e } = saver;
  const status = useWatch({ control: form.control, name: 'status' });

  return (
    <FormDialogBody
      saver={saver}
      submitLabel={isClosing(status) && !supervises ? t('access.closure.requestButton') : t('case.saveStatus')}
      onCancel={onClose}
      problemExtra={<ReloadOnConflict problem={saver.problem.problem} caseId={c.id} onReloaded={saver.problem.clear} />}
    >
      <p className="muted">{t('case.currentStatus', { status: t(`enum.status.${c.status}`) })}</p>
      <Field id="status-new" label={t('case.newStatus')} error={e.status?.message} required>
        <select {...fieldAria('status-new', e.status?.message)} {...form.register('status')}>
          <EnumOptions kind="status" values={CASE_STATUS.values.filter((s) => s !== c.status)} empty={t('common.choose')} />
        </select>
      </Field>
      {isClosing(status) && (
        <Field id="status-closure" label={t('case.closureReason')} error={e.closureReason?.message} hint={t('case.closureHint')} required>
          <select {...fieldAria('status-closure', e.closureReason?.message, true)} {...form.register('closureReason')}>
            <EnumOptions kind="closureReason" values={CLOSURE_REASON.values} empty={t('common.choose')} />
          </select>
        </Field>
      )}
      {isClosing(status) && !supervises && <p className="hint">{t('access.closure.requestHint')}</p>}
      <Field id="status-reason" label={t('case.reason')} error={e.reason?.message} hint={t('case.reasonHint')} required>
        <textarea rows={3} {...fieldAria('status-reason', e.reason?.message, true)} {...form.register('reason')} />
      </Field>
    </FormDialogBody>
  );
}
