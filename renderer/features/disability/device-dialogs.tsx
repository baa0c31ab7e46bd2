import { zodResolver } from '@hookform/resolvers/zod';
import type { Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { channels, type ChannelParsed, type Device } from '../../../shared/contract';
import { DEVICE } from '../../../shared/enums';
import { FormDateInput } from '../../components/date-input';
import { Dialog } from '../../components/dialog';
import { EnumOptions } from '../../components/enum-options';
import { Field, fieldAria } from '../../components/field';
import { FormDialogBody, useSaveForm } from '../../components/form-dialog';
import { useDisability } from '../../stores/disability';

interface CreateValues {
  clientId: string;
  caseId?: string;
  device: string;
  detail: string;
  neededAt: string;
}
const createResolver = zodResolver(channels['devices:create'].input) as unknown as Resolver<CreateValues, unknown, ChannelParsed<'devices:create'>>;

/** Records a device the client needs (the pipeline starts at dibutuhkan). */
export function DeviceCreateDialog({ open, clientId, caseId, onClose, onDone }: { open: boolean; clientId: string; caseId?: string; onClose(): void; onDone(m: string): void }) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} onClose={onClose} title={t('disability.addDevice')}>
      <DeviceCreateForm clientId={clientId} caseId={caseId} onClose={onClose} onDone={onDone} />
    </Dialog>
  );
}

function DeviceCreateForm({ clientId, caseId, onClose, onDone }: { clientId: string; caseId?: string; onClose(): void; onDone(m: string): void }) {
  const { t } = useTranslation();
  const createDevice = useDisability((s) => s.createDevice);
  const saver = useSaveForm({
    resolver: createResolver,
    defaultValues: { clientId, ...(caseId ? { caseId } : {}), device: '', detail: '', neededAt: '' },
    fields: ['device', 'detail', 'neededAt'],
    save: createDevice,
    onSaved: () => onDone(t('disability.deviceAdded')),
  });
  const { form, errors: e } = saver;
  return (
    <FormDialogBody saver={saver} submitLabel={t('disability.saveDevice')} onCancel={onClose}>
      <Field id="dev-device" label={t('disability.device')} error={e.device?.message} required>
        <select {...fieldAria('dev-device', e.device?.message)} {...form.register('device')}>
          <EnumOptions kind="device" values={DEVICE.values} empty={t('common.choose')} />
        </select>
      </Field>
      <Field id="dev-detail" label={t('disability.detail')} error={e.detail?.message} hint={t('disability.detailHint')}>
        <input type="text" maxLength={300} {...fieldAria('dev-detail', e.detail?.message, true)} {...form.register('detail')} />
      </Field>
      <Field id="dev-needed" label={t('disability.neededAt')} error={e.neededAt?.message} required>
        <FormDateInput control={form.control} name="neededAt" {...fieldAria('dev-needed', e.neededAt?.message)} />
      </Field>
    </FormDialogBody>
  );
}

interface AdvanceValues {
  id: string;
  version: number;
  step: 'diajukan' | 'diterima';
  date: string;
  source: string;
}
const advanceResolver = zodResolver(channels['devices:advance'].input) as unknown as Resolver<AdvanceValues, unknown, ChannelParsed<'devices:advance'>>;

/** Moves a device forward: requested (to whom) or received (from whom), with the date. */
export function DeviceAdvanceDialog({ device, onClose, onDone }: { device: Device | null; onClose(): void; onDone(m: string): void }) {
  const { t } = useTranslation();
  const step = device?.step === 'dibutuhkan' ? 'diajukan' : 'diterima';
  return (
    <Dialog open={device !== null} onClose={onClose} title={t(step === 'diajukan' ? 'disability.requestTitle' : 'disability.receiveTitle')}>
      {device && <AdvanceForm device={device} step={step} onClose={onClose} onDone={onDone} />}
    </Dialog>
  );
}

function AdvanceForm({ device, step, onClose, onDone }: { device: Device; step: 'diajukan' | 'diterima'; onClose(): void; onDone(m: string): void }) {
  const { t } = useTranslation();
  const advance = useDisability((s) => s.advanceDevice);
  const saver = useSaveForm({
    resolver: advanceResolver,
    defaultValues: { id: device.id, version: device.version, step, date: '', source: device.source ?? '' },
    fields: ['step', 'date', 'source'],
    save: advance,
    onSaved: () => onDone(t(step === 'diajukan' ? 'disability.requested' : 'disability.received')),
  });
  const { form, errors: e } = saver;
  return (
    <FormDialogBody saver={saver} submitLabel={t(step === 'diajukan' ? 'disability.saveRequest' : 'disability.saveReceive')} onCancel={onClose}>
      <p>
        <strong>{t(`enum.device.${device.device}`)}</strong>
        {device.detail && <span className="muted"> · {device.detail}</span>}
      </p>
      <Field id="adv-date" label={t(step === 'diajukan' ? 'disability.requestedAt' : 'disability.receivedAt')} error={e.date?.message} required>
        <FormDateInput control={form.control} name="date" {...fieldAria('adv-date', e.date?.message)} />
      </Field>
      <Field id="adv-source" label={t('disability.source')} error={e.source?.message} hint={t('disability.sourceHint')}>
        <input type="text" maxLength={300} {...fieldAria('adv-source', e.source?.message, true)} {...form.register('source')} />
      </Field>
    </FormDialogBody>
  );
}
