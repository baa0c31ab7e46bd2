import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { givenPassphrase, login, type SessionStatus } from '../../../shared/contract';
import { Alert } from '../../components/alert';
import { Field, fieldAria } from '../../components/field';
import { applyServerErrors, FormProblemAlert, useFormProblem } from '../../components/server-errors';
import { useDrafts } from '../../stores/drafts';
import { useSession } from '../../stores/session';
import { retryAfter, useCountdown } from './countdown';
import { LockFrame } from './lock-frame';
import { PassphraseInput } from './passphrase';
import { RecoverScreen } from './recover-screen';

const Schema = z.strictObject({ login, passphrase: givenPassphrase });
type Values = z.input<typeof Schema>;
const FIELDS = ['login', 'passphrase'] as const;

/** Locked: sign in again, or recover with the printed key. */
export function LockedScreen({ status }: { status: SessionStatus }) {
  const [recovering, setRecovering] = useState(false);
  return recovering ? <RecoverScreen onBack={() => setRecovering(false)} /> : <UnlockScreen status={status} onForgot={() => setRecovering(true)} />;
}

function UnlockScreen({ status, onForgot }: { status: SessionStatus; onForgot(): void }) {
  const { t } = useTranslation();
  const { unlock, lastLogin } = useSession();
  const drafts = useDrafts((s) => Object.keys(s.drafts).length);
  const problem = useFormProblem();
  const wait = useCountdown();
  const form = useForm<Values, unknown, z.output<typeof Schema>>({
    resolver: zodResolver(Schema),
    defaultValues: { login: lastLogin ?? '', passphrase: '' },
  });
  const e = form.formState.errors;
  const busy = form.formState.isSubmitting;

  const submit = form.handleSubmit(async (values) => {
    if (wait.left > 0) return;
    problem.clear();
    const r = await unlock(values);
    if (r.ok) return;
    const seconds = retryAfter(r.error);
    // Too many tries: the live countdown takes the message's place (its fixed number would go stale).
    if (seconds) {
      form.clearErrors('passphrase');
      return wait.start(seconds);
    }
    problem.fromServer(r.error, applyServerErrors(r.error, form.setError, FIELDS));
    // A wrong passphrase is typed again from scratch; the login name stays.
    form.setValue('passphrase', '');
  }, problem.invalid);

  return (
    <LockFrame>
      <h1>{t('session.unlock.title')}</h1>
      {status.lockedBecause === 'idle' && <Alert kind="info">{t('session.unlock.idle')}</Alert>}
      {status.lockedBecause === 'manual' && <p className="lead">{t('session.unlock.manual')}</p>}
      {status.lockedBecause === null && <p className="lead">{t('session.unlock.intro')}</p>}
      {drafts > 0 && <p>{t('session.unlock.kept')}</p>}
      <form className="form card" onSubmit={submit} noValidate aria-label={t('session.unlock.title')}>
        <Field id="unlock-login" label={t('session.login')} error={e.login?.message}>
          <input
            type="text"
            autoComplete="username"
            autoCapitalize="off"
            spellCheck={false}
            autoFocus={!lastLogin}
            {...fieldAria('unlock-login', e.login?.message)}
            {...form.register('login')}
          />
        </Field>
        <Field id="unlock-passphrase" label={t('session.passphrase')} error={e.passphrase?.message}>
          <PassphraseInput
            label={t('session.passphrase')}
            autoComplete="current-password"
            autoFocus={Boolean(lastLogin)}
            {...fieldAria('unlock-passphrase', e.passphrase?.message)}
            {...form.register('passphrase')}
          />
        </Field>
        {wait.left > 0 && (
          <p className="countdown" role="timer">
            {t('session.unlock.wait', { count: wait.left })}
          </p>
        )}
        {problem.problem && !problem.problem.mapped && <FormProblemAlert problem={problem.problem} />}
        <div className="actions">
          <button type="submit" className="button button-primary" disabled={busy || wait.left > 0}>
            {busy ? t('session.unlock.working') : t('session.unlock.submit')}
          </button>
        </div>
        <button type="button" className="link-button" onClick={onForgot}>
          {t('session.unlock.forgot')}
        </button>
      </form>
    </LockFrame>
  );
}
