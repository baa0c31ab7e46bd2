import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { givenPassphrase, login, newPassphrase, type Account } from '../../../shared/contract';
import { Alert } from '../../components/alert';
import { Field, fieldAria } from '../../components/field';
import { FormDialogBody, useSaveForm } from '../../components/form-dialog';
import { i18n } from '../../i18n';
import { useAccounts } from '../../stores/accounts';
import { activeWorkers, useWorkers } from '../../stores/workers';
import { PassphraseInput, StrengthHint } from '../session/passphrase';

const Schema = z.strictObject({
  workerId: z.string().min(1, { error: () => i18n.t('accounts.chooseWorker') }),
  login,
  passphrase: newPassphrase,
  yourPassphrase: givenPassphrase,
});
type Values = z.input<typeof Schema>;
const FIELDS = ['workerId', 'login', 'passphrase', 'yourPassphrase'] as const;

/** An account for a worker profile that has none yet (profiles are added under Pekerja). */
export function AddAccount() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <>
      {notice && <Alert kind="success">{notice}</Alert>}
      {open ? (
        <div className="subcard">
          <h3>{t('accounts.addTitle')}</h3>
          <AddAccountForm
            onDone={(message) => {
              setOpen(false);
              setNotice(message);
            }}
            onCancel={() => setOpen(false)}
          />
        </div>
      ) : (
        <div className="actions section-gap">
          <button
            type="button"
            className="button"
            onClick={() => {
              setNotice(null);
              setOpen(true);
            }}
          >
            {t('accounts.add')}
          </button>
        </div>
      )}
    </>
  );
}

function AddAccountForm({ onDone, onCancel }: { onDone(message: string): void; onCancel(): void }) {
  const { t } = useTranslation();
  const { accounts, create } = useAccounts();
  const workers = useWorkers((s) => s.workers);
  const without = activeWorkers(workers).filter((w) => !accounts?.some((a) => a.workerId === w.id));
  const saver = useSaveForm<Values, z.output<typeof Schema>, Account>({
    resolver: zodResolver(Schema),
    defaultValues: { workerId: without[0]?.id ?? '', login: '', passphrase: '', yourPassphrase: '' },
    fields: FIELDS,
    save: create,
    onSaved: (account) => onDone(t('accounts.created', { login: account.login, name: account.workerName })),
  });
  const { form, errors: e } = saver;
  const passphrase = useWatch({ control: form.control, name: 'passphrase' }) ?? '';

  if (without.length === 0)
    return (
      <>
        <p>{t('accounts.addNoWorker')}</p>
        <button type="button" className="button" autoFocus onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </>
    );
  return (
    <FormDialogBody saver={saver} submitLabel={t('accounts.create')} onCancel={onCancel} sayBusy label={t('accounts.addTitle')}>
      <div className="grid-2">
        <Field id="account-worker" label={t('accounts.addWorker')} error={e.workerId?.message} required>
          <select autoFocus {...fieldAria('account-worker', e.workerId?.message)} {...form.register('workerId')}>
            {without.map((w) => (
              <option key={w.id} value={w.id}>
                {w.name}
              </option>
            ))}
          </select>
        </Field>
        <Field id="account-login" label={t('session.login')} error={e.login?.message} hint={t('session.loginHint')} required>
          <input type="text" autoComplete="off" autoCapitalize="off" spellCheck={false} {...fieldAria('account-login', e.login?.message, true)} {...form.register('login')} />
        </Field>
        <Field
          id="account-passphrase"
          label={t('accounts.firstPassphrase')}
          error={e.passphrase?.message}
          hint={
            <>
              <StrengthHint passphrase={passphrase} /> <span className="block">{t('accounts.firstPassphraseHint')}</span>
            </>
          }
          required
        >
          <PassphraseInput label={t('accounts.firstPassphrase')} autoComplete="new-password" {...fieldAria('account-passphrase', e.passphrase?.message, true)} {...form.register('passphrase')} />
        </Field>
        <Field id="account-your-passphrase" label={t('accounts.yourPassphrase')} error={e.yourPassphrase?.message} hint={t('accounts.yourPassphraseHint')} required>
          <PassphraseInput
            label={t('accounts.yourPassphrase')}
            autoComplete="current-password"
            {...fieldAria('account-your-passphrase', e.yourPassphrase?.message, true)}
            {...form.register('yourPassphrase')}
          />
        </Field>
      </div>
    </FormDialogBody>
  );
}
