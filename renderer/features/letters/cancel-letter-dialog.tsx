import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/dialog';
import { Field, fieldAria } from '../../components/field';
import { applyServerErrors, FormProblemAlert, useFormProblem } from '../../components/server-errors';
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
  const problem = useFormProblem();
  const form = useForm<{ reason: string }>({ defaultValues: { reason: '' } });
  const e = form.formState.errors;
  const submit = form.handleSubmit(async ({ reason }) => {
    problem.clear();
    const r = await cancel({ id: letter.id, reason }, referralId);
    if (r.ok) return onDone(letter.number);
    problem.fromServer(r.error, applyServerErrors(r.error, form.setError, ['reason']));
  }, problem.invalid);
  return (
    <form className="form" onSubmit={submit} noValidate>
      <p>{t('letter.cancelIntro')}</p>
      <Field id="letter-cancel-reason" label={t('letter.cancelReason')} error={e.reason?.message} required>
        <textarea
          rows={3}
          maxLength={500}
          {...fieldAria('letter-cancel-reason', e.reason?.message)}
          {...form.register('reason', { validate: (v) => v.trim() !== '' || t('referral.noteRequired', { what: t('letter.cancelReason') }) })}
        />
      </Field>
      <FormProblemAlert problem={problem.problem} />
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={form.formState.isSubmitting}>
          {t('letter.cancelSave')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
