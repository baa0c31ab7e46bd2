import { useTranslation } from 'react-i18next';
import type { Referral, ReferralStatus } from '../../../shared/contract';
import { FormDateInput } from '../../components/date-input';
import { Dialog } from '../../components/dialog';
import { Field, fieldAria } from '../../components/field';
import { todayIn } from '../../components/format';
import { FormDialogBody, useSaveForm } from '../../components/form-dialog';
import { useReferrals } from '../../stores/referrals';
import { useTimeZone } from '../../stores/settings';

/** These steps need a note: the reason (ditolak, dibatalkan) or the outcome (selesai). */
export const NOTE_REQUIRED: ReferralStatus[] = ['ditolak', 'selesai', 'dibatalkan'];

interface Props {
  referral: Referral;
  /** The step to record, one REFERRAL_TRANSITIONS allows from the referral's status; null: closed. */
  to: ReferralStatus | null;
  onClose(): void;
  onDone(to: ReferralStatus): void;
}

/** One step of the closed loop, with its date and a note (required where it carries the reason or outcome). */
export function TransitionDialog({ referral, to, onClose, onDone }: Props) {
  const { t } = useTranslation();
  return (
    <Dialog open={to !== null} onClose={onClose} title={to ? t(`referral.stepTitle.${to}`) : ''}>
      {to && <TransitionForm referral={referral} to={to} onClose={onClose} onDone={onDone} />}
    </Dialog>
  );
}

interface Values {
  date: string;
  note: string;
}

function TransitionForm({ referral, to, onClose, onDone }: { referral: Referral; to: ReferralStatus; onClose(): void; onDone(to: ReferralStatus): void }) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const transition = useReferrals((s) => s.transition);
  const required = NOTE_REQUIRED.includes(to);
  const saver = useSaveForm<Values>({
    defaultValues: { date: todayIn(timeZone), note: '' },
    fields: ['date', 'note'],
    save: (v) => transition({ id: referral.id, version: referral.version, to, date: v.date, note: v.note }),
    onSaved: () => onDone(to),
  });
  const { form, errors: e } = saver;

  return (
    <FormDialogBody saver={saver} submitLabel={t('referral.stepSave')} onCancel={onClose} sayBusy>
      <Field id="step-date" label={t('referral.stepDate')} error={e.date?.message} required>
        <FormDateInput
          control={form.control}
          name="date"
          rules={{ required: t('date.invalid'), pattern: { value: /^\d{4}-\d{2}-\d{2}$/, message: t('date.invalid') } }}
          {...fieldAria('step-date', e.date?.message)}
        />
      </Field>
      <Field id="step-note" label={t(`referral.stepNote.${to}`)} error={e.note?.message} hint={t(`referral.stepNoteHint.${to}`)} required={required}>
        <textarea
          rows={4}
          maxLength={2000}
          {...fieldAria('step-note', e.note?.message, true)}
          {...form.register('note', { validate: (v) => !required || v.trim() !== '' || t('referral.noteRequired', { what: t(`referral.stepNote.${to}`) }) })}
        />
      </Field>
    </FormDialogBody>
  );
}
