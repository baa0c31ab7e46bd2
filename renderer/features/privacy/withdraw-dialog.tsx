import { useTranslation } from 'react-i18next';
import type { Consent } from '../../../shared/contract';
import { FormDateInput } from '../../components/date-input';
import { Dialog } from '../../components/dialog';
import { Field, fieldAria } from '../../components/field';
import { FormDialogBody, useSaveForm } from '../../components/form-dialog';
import { usePrivacy } from '../../stores/privacy';

/** Withdraws a consent on a date with a reason; the record stays in the history. */
export function WithdrawDialog({ consent, today, onClose, onDone }: { consent: Consent | null; today: string; onClose(): void; onDone(): void }) {
  const { t } = useTranslation();
  return (
    <Dialog open={consent !== null} onClose={onClose} title={consent ? t('consent.withdrawTitle', { purpose: t(`enum.consentPurpose.${consent.purpose}`) }) : ''}>
      {consent && <WithdrawForm consent={consent} today={today} onClose={onClose} onDone={onDone} />}
    </Dialog>
  );
}

function WithdrawForm({ consent, today, onClose, onDone }: { consent: Consent; today: string; onClose(): void; onDone(): void }) {
  const { t } = useTranslation();
  const withdraw = usePrivacy((s) => s.withdraw);
  const saver = useSaveForm({
    defaultValues: { withdrawnOn: today, reason: '' },
    fields: ['withdrawnOn', 'reason'],
    save: (values) => withdraw({ id: consent.id, version: consent.version, ...values }),
    onSaved: () => onDone(),
  });
  const { form, errors: e } = saver;
  return (
    <FormDialogBody saver={saver} submitLabel={t('consent.withdrawSave')} onCancel={onClose}>
      <p>{t('consent.withdrawIntro')}</p>
      <Field id="withdraw-date" label={t('consent.withdrawnOnLabel')} error={e.withdrawnOn?.message} required>
        <FormDateInput control={form.control} name="withdrawnOn" {...fieldAria('withdraw-date', e.withdrawnOn?.message)} />
      </Field>
      <Field id="withdraw-reason" label={t('consent.withdrawReason')} error={e.reason?.message} required>
        <textarea
          rows={3}
          maxLength={1000}
          {...fieldAria('withdraw-reason', e.reason?.message)}
          {...form.register('reason', { validate: (v) => v.trim() !== '' || t('referral.noteRequired', { what: t('consent.withdrawReason') }) })}
        />
      </Field>
    </FormDialogBody>
  );
}
