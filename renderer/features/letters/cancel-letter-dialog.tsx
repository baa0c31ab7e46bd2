import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/dialog';
import { Field, fieldAria } from '../../components/field';
import { FormDialogBody, useSaveForm } from '../../components/form-dialog';
import { useLetters } from '../../stores/letters';
import type { LetterRef } from './letter-pdf';

/** Cancels an issued letter with a reason; its number stays used and the cancellation is recorded. */
export function CancelLetterDialog({ letter, referralId, onClose, onDone }: { letter: LetterRef | null; referralId: string; onClose(): void; onDone(number: string): void }) {
  const { t } = useTranslation();
  return (
    <Dialog open={letter !== null} onClose={onClose} title={letter ? t('letter.cancelTitle', { number: letter.number }) : ''}>
      {letter && <CancelForm letter={letter} referralId={referralId} onClose={onClose} onDone={onDone} />}
    </Dialog>
  );
}

function CancelForm({ letter, referralId, onClose, onDone }: { letter: LetterRef; referralId: string; onClose(): void; onDone(number: string): void }) {
  const { t } = useTranslation();
  const cancel = useLetters((s) => s.cancel);
  const saver = useSaveForm({
    defaultValues: { reason: '' },
    fields: ['reason'],
    save: ({ reason }) => cancel({ id: letter.id, reason }, referralId),
    onSaved: () => onDone(letter.number),
  });
  const { form, errors: e } = saver;
  return (
    <FormDialogBody saver={saver} submitLabel={t('letter.cancelSave')} onCancel={onClose}>
      <p>{t('letter.cancelIntro')}</p>
      <Field id="letter-cancel-reason" label={t('letter.cancelReason')} error={e.reason?.message} required>
        <textarea
          rows={3}
          maxLength={500}
          {...fieldAria('letter-cancel-reason', e.reason?.message)}
          {...form.register('reason', { validate: (v) => v.trim() !== '' || t('referral.noteRequired', { what: t('letter.cancelReason') }) })}
        />
      </Field>
    </FormDialogBody>
  );
}
