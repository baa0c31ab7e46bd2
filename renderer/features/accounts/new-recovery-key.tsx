import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, fieldAria } from '../../components/field';
import { FormProblemAlert, useFormProblem } from '../../components/server-errors';
import { useAccounts } from '../../stores/accounts';
import { PassphraseInput } from '../session/passphrase';
import { RecoveryKeyView } from '../session/recovery-key-view';

/** A new recovery key (the old one stops working), confirmed with the admin's passphrase, shown once. */
export function NewRecoveryKey() {
  const { t } = useTranslation();
  const make = useAccounts((s) => s.newRecoveryKey);
  const problem = useFormProblem();
  const [passphrase, setPassphrase] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [key, setKey] = useState<string | null>(null);

  if (key)
    return (
      <div className="account-part">
        <RecoveryKeyView heading="h3" recoveryKey={key} doneLabel={t('accounts.recoveryDone')} onDone={() => setKey(null)} />
      </div>
    );

  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    problem.clear();
    setFieldError(undefined);
    if (!passphrase) {
      setFieldError(t('accounts.yourPassphraseRequired'));
      return document.getElementById('recovery-your-passphrase')?.focus();
    }
    setBusy(true);
    const r = await make(passphrase);
    setBusy(false);
    if (r.ok) {
      setPassphrase('');
      return setKey(r.value.recoveryKey);
    }
    const mine = r.error.fields?.find((f) => f.path === 'yourPassphrase');
    if (mine) {
      setFieldError(mine.message);
      document.getElementById('recovery-your-passphrase')?.focus();
    }
    problem.fromServer(r.error, Boolean(mine) && r.error.fields?.length === 1);
  };

  return (
    <div className="account-part">
      <h3 id="new-recovery-title">{t('accounts.recoveryTitle')}</h3>
      <p>{t('accounts.recoveryIntro')}</p>
      <form className="form" onSubmit={submit} noValidate aria-labelledby="new-recovery-title">
        <Field id="recovery-your-passphrase" label={t('accounts.yourPassphrase')} error={fieldError} required>
          <PassphraseInput
            label={t('accounts.yourPassphrase')}
            autoComplete="current-password"
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
            {...fieldAria('recovery-your-passphrase', fieldError)}
          />
        </Field>
        {problem.problem && !problem.problem.mapped && <FormProblemAlert problem={problem.problem} />}
        <div className="actions">
          <button type="submit" className="button" disabled={busy}>
            {t('accounts.recoveryMake')}
          </button>
        </div>
      </form>
    </div>
  );
}
