import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm, type Resolver, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { channels, type ChannelParsed, type PasungEpisode } from '../../../shared/contract';
import { PASUNG_STATUS } from '../../../shared/enums';
import { DateInput } from '../../components/date-input';
import { Dialog } from '../../components/dialog';
import { EnumOptions } from '../../components/enum-options';
import { Field, fieldAria } from '../../components/field';
import { applyServerErrors, FormProblemAlert, useFormProblem } from '../../components/server-errors';
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
  const problem = useFormProblem();
  const form = useForm<CreateValues>({ resolver: createResolver, defaultValues: { clientId, status: 'dipasung', date: '', by: '', details: detailsValues() } });
  const e = form.formState.errors;
  const submit = form.handleSubmit(async (values) => {
    problem.clear();
    // What the resolver hands over is already parsed by the contract's schema.
    const r = await create(values as unknown as ChannelParsed<'pasung:create'>);
    if (r.ok) return onDone(t('pasung.created'));
    problem.fromServer(r.error, applyServerErrors(r.error, form.setError, ['status', 'date', 'by', 'details']));
  }, problem.invalid);
  return (
    <form className="form pasung-form" onSubmit={submit} noValidate>
      <div className="grid-3">
        <Field id="ep-status" label={t('pasung.status')} error={e.status?.message} required>
          <select {...fieldAria('ep-status', e.status?.message)} {...form.register('status')}>
            <EnumOptions kind="pasungStatus" values={PASUNG_STATUS.values} />
          </select>
        </Field>
        <Field id="ep-date" label={t('pasung.statusDate')} error={e.date?.message} hint={t('pasung.statusDateHint')} required>
          <Controller
            control={form.control}
            name="date"
            render={({ field }) => <DateInput {...fieldAria('ep-date', e.date?.message, true)} value={field.value} onChange={field.onChange} onBlur={field.onBlur} ref={field.ref} />}
          />
        </Field>
        <Field id="ep-by" label={t('pasung.by')} error={e.by?.message} hint={t('pasung.byHint')}>
          <input type="text" maxLength={200} {...fieldAria('ep-by', e.by?.message, true)} {...form.register('by')} />
        </Field>
      </div>
      <DetailsFields register={form.register as unknown as UseFormRegister<{ details: DetailsValues }>} errors={e.details} prefix="ep" />
      <FormProblemAlert problem={problem.problem} />
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={form.formState.isSubmitting}>
          {t('pasung.saveEpisode')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

function EditForm({ episode, onClose, onDone }: Props & { episode: PasungEpisode }) {
  const { t } = useTranslation();
  const update = usePasung((s) => s.update);
  const problem = useFormProblem();
  const form = useForm<EditValues>({ resolver: editResolver, defaultValues: { id: episode.id, version: episode.version, details: detailsValues(episode) } });
  const submit = form.handleSubmit(async (values) => {
    problem.clear();
    const parsed = values as unknown as ChannelParsed<'pasung:update'>;
    const r = await update({ ...parsed, version: episode.version });
    if (r.ok) return onDone(t('pasung.updated'));
    problem.fromServer(r.error, applyServerErrors(r.error, form.setError, ['details']));
  }, problem.invalid);
  return (
    <form className="form pasung-form" onSubmit={submit} noValidate>
      <DetailsFields register={form.register as unknown as UseFormRegister<{ details: DetailsValues }>} errors={form.formState.errors.details} prefix="ep-edit" />
      <FormProblemAlert problem={problem.problem} />
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={form.formState.isSubmitting}>
          {t('common.saveChanges')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
