import { zodResolver } from '@hookform/resolvers/zod';
import type { Resolver, UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { channels, type ChannelParsed, type PasungEpisode } from '../../../shared/contract';
import { PASUNG_STATUS } from '../../../shared/enums';
import { FormDateInput } from '../../components/date-input';
import { Dialog } from '../../components/dialog';
import { EnumOptions } from '../../components/enum-options';
import { Field, fieldAria } from '../../components/field';
import { FormDialogBody, useSaveForm } from '../../components/form-dialog';
import { usePasung } from '../../stores/pasung';
import { DetailsFields, detailsValues, toDetails, type DetailsValues } from './details-fields';

interface CreateValues {
  clientId: string;
  status: string;
  date: string;
  by: string;
  details: DetailsValues;
}
interface EditValues {
  id: string;
  version: number;
  details: DetailsValues;
}

const createZod = zodResolver(channels['pasung:create'].input) as unknown as Resolver<Record<string, unknown>>;
const createResolver: Resolver<CreateValues> = (v, c, o) => createZod({ ...v, details: toDetails(v.details) }, c, o as never) as never;
const editZod = zodResolver(channels['pasung:update'].input) as unknown as Resolver<Record<string, unknown>>;
const editResolver: Resolver<EditValues> = (v, c, o) => editZod({ ...v, details: toDetails(v.details) }, c, o as never) as never;

interface Props {
  open: boolean;
  clientId: string;
  /** Given: change this episode's facts; absent: record a new episode. */
  episode?: PasungEpisode;
  onClose(): void;
  onDone(message: string): void;
}

export function EpisodeDialog(props: Props) {
  const { t } = useTranslation();
  return (
    <Dialog open={props.open} onClose={props.onClose} title={props.episode ? t('pasung.editTitle') : t('pasung.createTitle')}>
      {props.episode ? <EditForm {...props} episode={props.episode} /> : <CreateForm {...props} />}
    </Dialog>
  );
}

function CreateForm({ clientId, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const create = usePasung((s) => s.create);
  const saver = useSaveForm({
    resolver: createResolver,
    defaultValues: { clientId, status: 'dipasung', date: '', by: '', details: detailsValues() },
    fields: ['status', 'date', 'by', 'details'],
    // What the resolver hands over is already parsed by the contract's schema.
    save: (values) => create(values as unknown as ChannelParsed<'pasung:create'>),
    onSaved: () => onDone(t('pasung.created')),
  });
  const { form, errors: e } = saver;
  return (
    <FormDialogBody saver={saver} submitLabel={t('pasung.saveEpisode')} onCancel={onClose} className="form pasung-form">
      <div className="grid-3">
        <Field id="ep-status" label={t('pasung.status')} error={e.status?.message} required>
          <select {...fieldAria('ep-status', e.status?.message)} {...form.register('status')}>
            <EnumOptions kind="pasungStatus" values={PASUNG_STATUS.values} />
          </select>
        </Field>
        <Field id="ep-date" label={t('pasung.statusDate')} error={e.date?.message} hint={t('pasung.statusDateHint')} required>
          <FormDateInput control={form.control} name="date" {...fieldAria('ep-date', e.date?.message, true)} />
        </Field>
        <Field id="ep-by" label={t('pasung.by')} error={e.by?.message} hint={t('pasung.byHint')}>
          <input type="text" maxLength={200} {...fieldAria('ep-by', e.by?.message, true)} {...form.register('by')} />
        </Field>
      </div>
      <DetailsFields register={form.register as unknown as UseFormRegister<{ details: DetailsValues }>} errors={e.details} prefix="ep" />
    </FormDialogBody>
  );
}

function EditForm({ episode, onClose, onDone }: Props & { episode: PasungEpisode }) {
  const { t } = useTranslation();
  const update = usePasung((s) => s.update);
  const saver = useSaveForm({
    resolver: editResolver,
    defaultValues: { id: episode.id, version: episode.version, details: detailsValues(episode) },
    fields: ['details'],
    save: (values) => update({ ...(values as unknown as ChannelParsed<'pasung:update'>), version: episode.version }),
    onSaved: () => onDone(t('pasung.updated')),
  });
  const { form } = saver;
  return (
    <FormDialogBody saver={saver} submitLabel={t('common.saveChanges')} onCancel={onClose} className="form pasung-form">
      <DetailsFields register={form.register as unknown as UseFormRegister<{ details: DetailsValues }>} errors={form.formState.errors.details} prefix="ep-edit" />
    </FormDialogBody>
  );
}
