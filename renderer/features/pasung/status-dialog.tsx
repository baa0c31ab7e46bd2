import { zodResolver } from '@hookform/resolvers/zod';
import type { Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { channels, type ChannelParsed, type PasungEpisode } from '../../../shared/contract';
import { PASUNG_STATUS } from '../../../shared/enums';
import { FormDateInput } from '../../components/date-input';
import { Dialog } from '../../components/dialog';
import { EnumOptions } from '../../components/enum-options';
import { Field, fieldAria } from '../../components/field';
import { FormDialogBody, useSaveForm } from '../../components/form-dialog';
import { usePasung } from '../../stores/pasung';

type Parsed = ChannelParsed<'pasung:change-status'>;
interface Values {
  id: string;
  version: number;
  status: string;
  date: string;
  by: string;
  note: string;
}
const resolver = zodResolver(channels['pasung:change-status'].input) as unknown as Resolver<Values, unknown, Parsed>;

/** dipasung → dilepas → repasung …: the date, by whom and a note; a re-shackling raises the risk. */
export function PasungStatusDialog({ episode, onClose, onDone }: { episode: PasungEpisode | null; onClose(): void; onDone(message: string): void }) {
  const { t } = useTranslation();
  return (
    <Dialog open={episode !== null} onClose={onClose} title={t('pasung.changeStatus')}>
      {episode && <StatusForm episode={episode} onClose={onClose} onDone={onDone} />}
    </Dialog>
  );
}

function StatusForm({ episode, onClose, onDone }: { episode: PasungEpisode; onClose(): void; onDone(message: string): void }) {
  const { t } = useTranslation();
  const changeStatus = usePasung((s) => s.changeStatus);
  // The usual next step: a shackled person is released; a released one may be shackled again.
  const next = episode.status === 'dilepas' ? 'repasung' : 'dilepas';
  const saver = useSaveForm({
    resolver,
    defaultValues: { id: episode.id, version: episode.version, status: next, date: '', by: '', note: '' },
    fields: ['status', 'date', 'by', 'note'],
    save: (v) => changeStatus({ ...v, version: episode.version }),
    onSaved: (_, v) => onDone(t(v.status === 'repasung' ? 'pasung.statusChangedRepasung' : 'pasung.statusChanged')),
  });
  const { form, errors: e } = saver;
  return (
    <FormDialogBody saver={saver} submitLabel={t('pasung.saveStatus')} onCancel={onClose}>
      <p className="muted">{t('pasung.currentStatus', { status: t(`enum.pasungStatus.${episode.status}`) })}</p>
      <Field id="ps-status" label={t('pasung.newStatus')} error={e.status?.message} required>
        <select {...fieldAria('ps-status', e.status?.message)} {...form.register('status')}>
          <EnumOptions kind="pasungStatus" values={PASUNG_STATUS.values} />
        </select>
      </Field>
      <Field id="ps-date" label={t('pasung.statusDate')} error={e.date?.message} required>
        <FormDateInput control={form.control} name="date" {...fieldAria('ps-date', e.date?.message)} />
      </Field>
      <Field id="ps-by" label={t('pasung.by')} error={e.by?.message} hint={t('pasung.byHint')}>
        <input type="text" maxLength={200} {...fieldAria('ps-by', e.by?.message, true)} {...form.register('by')} />
      </Field>
      <Field id="ps-note" label={t('pasung.note')} error={e.note?.message} required>
        <textarea rows={3} maxLength={1000} {...fieldAria('ps-note', e.note?.message)} {...form.register('note')} />
      </Field>
    </FormDialogBody>
  );
}
