import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { channels, type ChannelParsed, type Device } from '../../../shared/contract';
import { DEVICE } from '../../../shared/enums';
import { DateInput } from '../../components/date-input';
import { Dialog } from '../../components/dialog';
import { EnumOptions } from '../../components/enum-options';
import { Field, fieldAria } from '../../components/field';
import { applyServerErrors, FormProblemAlert, useFormProblem } from '../../components/server-errors';
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
  const problem = useFormProblem();
  const form = useForm<CreateValues, unknown, ChannelParsed<'devices:create'>>({
    resolver: createResolver,
    defaultValues: { clientId, ...(caseId ? { caseId } : {}), device: '', detail: '', neededAt: '' },
  });
  const e = form.formState.errors;
  const submit = form.handleSubmit(async (v) => {
    problem.clear();
    const r = await createDevice(v);
    if (r.ok) return onDone(t('disability.deviceAdded'));
    problem.fromServer(r.error, applyServerErrors(r.error, form.setError, ['device', 'detail', 'neededAt']));
  }, problem.invalid);
  return (
    <form className="form" onSubmit={submit} noValidate>
      <Field id="dev-device" label={t('disability.device')} error={e.device?.message} required>
        <select {...fieldAria('dev-device', e.device?.message)} {...form.register('device')}>
          <EnumOptions kind="device" values={DEVICE.values} empty={t('common.choose')} />
        </select>
      </Field>
      <Field id="dev-detail" label={t('disability.detail')} error={e.detail?.message} hint={t('disability.detailHint')}>
        <input type="text" maxLength={300} {...fieldAria('dev-detail', e.detail?.message, true)} {...form.register('detail')} />
      </Field>
      <Field id="dev-needed" label={t('disability.neededAt')} error={e.neededAt?.message} required>
        <Controller
          control={form.control}
          name="neededAt"
          render={({ field }) => <DateInput {...fieldAria('dev-needed', e.neededAt?.message)} value={field.value} onChange={field.onChange} onBlur={field.onBlur} ref={field.ref} />}
        />
      </Field>
      <FormProblemAlert problem={problem.problem} />
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={form.formState.isSubmitting}>
          {t('disability.saveDevice')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
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
  const problem = useFormProblem();
  const form = useForm<AdvanceValues, unknown, ChannelParsed<'devices:advance'>>({
    resolver: advanceResolver,
    defaultValues: { id: device.id, version: device.version, step, date: '', source: device.source ?? '' },
  });
  const e = form.formState.errors;
  const submit = form.handleSubmit(async (v) => {
    problem.clear();
    const r = await advance(v);
    if (r.ok) return onDone(t(step === 'diajukan' ? 'disability.requested' : 'disability.received'));
    problem.fromServer(r.error, applyServerErrors(r.error, form.setError, ['step', 'date', 'source']));
  }, problem.invalid);
  return (
    <form className="form" onSubmit={submit} noValidate>
      <p>
        <strong>{t(`enum.device.${device.device}`)}</strong>
        {device.detail && <span className="muted"> · {device.detail}</span>}
      </p>
      <Field id="adv-date" label={t(step === 'diajukan' ? 'disability.requestedAt' : 'disability.receivedAt')} error={e.date?.message} required>
        <Controller
          control={form.control}
          name="date"
          render={({ field }) => <DateInput {...fieldAria('adv-date', e.date?.message)} value={field.value} onChange={field.onChange} onBlur={field.onBlur} ref={field.ref} />}
        />
      </Field>
      <Field id="adv-source" label={t('disability.source')} error={e.source?.message} hint={t('disability.sourceHint')}>
        <input type="text" maxLength={300} {...fieldAria('adv-source', e.source?.message, true)} {...form.register('source')} />
      </Field>
      <FormProblemAlert problem={problem.problem} />
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={form.formState.isSubmitting}>
          {t(step === 'diajukan' ? 'disability.saveRequest' : 'disability.saveReceive')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
