import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { login, newPassphrase, recoveryKey } from '../../../shared/contract';
import { Field, fieldAria } from '../../components/field';
import { applyServerErrors, FormProblemAlert, useFormProblem } from '../../components/server-errors';
import { useSession } from '../../stores/session';
import { retryAfter, useCountdown } from './countdown';
import { repeated } from './forms';
import { LockFrame } from './lock-frame';
import { PassphraseInput, StrengthHint } from './passphrase';

const Schema = z.strictObject({ recoveryKey, login, newPassphrase, newPassphraseAgain: z.string() }).refine(...repeated('newPassphrase', 'newPassphraseAgain'));
type Values = z.input<typeof Schema>;
const FIELDS = ['recoveryKey', 'login', 'newPassphrase', 'newPassphraseAgain'] as const;

/** Every passphrase forgotten: the printed key opens the data and sets a new passphrase. */
export function RecoverScreen({ onBack }: { onBack(): void }) {
  const { t } = useTranslation();
  const { recover, lastLogin } = useSession();
  const problem = useFormProblem();
  const wait = useCountdown();
  const form = useForm<Values, unknown, z.output<typeof Schema>>({
    resolver: zodResolver(Schema),
    defaultValues: { recoveryKey: '', login: lastLogin ?? '', newPassphrase: '', newPassphraseAgain: '' },
  });
  const e = form.formState.errors;
  const busy = form.formState.isSubmitting;
  const passphrase = useWatch({ control: form.control, name: 'newPassphrase' }) ?? '';

  const submit = form.handleSubmit(async ({ newPassphraseAgain: _, ...input }) => {
    if (wait.left > 0) return;
    problem.clear();
    const r = await recover(input);
    if (r.ok) return;
    const seconds = retryAfter(r.error);
    // Too many tries: the live countdown takes the message's place (its fixed number would go stale).
    if (seconds) {
      form.clearErrors('recoveryKey');
      return wait.start(seconds);
    }
    problem.fromServer(r.error, applyServerErrors(r.error, form.setError, FIELDS));
  }, problem.invalid);

  return (
    <LockFrame wide>
      <h1>{t('session.recover.title')}</h1>
      <p className="lead">{t('session.recover.intro')}</p>
      <form className="form card" onSubmit={submit} noValidate aria-label={t('session.recover.title')}>
        <Field id="recover-key" label={t('session.recover.key')} error={e.recoveryKey?.message} hint={t('session.recover.keyHint')} required>
          <input
            type="text"
            className="mono"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            autoFocus
            {...fieldAria('recover-key', e.recoveryKey?.message, true)}
            {...form.register('recoveryKey')}
          />
        </Field>
        {wait.left > 0 && (
          <p className="countdown" role="timer">
            {t('session.unlock.wait', { count: wait.left })}
          </p>
        )}
        <Field id="recover-login" label={t('session.login')} error={e.login?.message} required>
          <input type="text" autoComplete="username" autoCapitalize="off" spellCheck={false} {...fieldAria('recover-login', e.login?.message)} {...form.register('login')} />
        </Field>
        <Field id="recover-passphrase" label={t('session.recover.newPassphrase')} error={e.newPassphrase?.message} hint={<StrengthHint passphrase={passphrase} />} required>
          <PassphraseInput
            label={t('session.recover.newPassphrase')}
            autoComplete="new-password"
            {...fieldAria('recover-passphrase', e.newPassphrase?.message, true)}
            {...form.register('newPassphrase')}
          />
        </Field>
        <Field id="recover-passphrase-again" label={t('session.recover.newPassphraseAgain')} error={e.newPassphraseAgain?.message} required>
          <PassphraseInput
            label={t('session.recover.newPassphraseAgain')}
            autoComplete="new-password"
            {...fieldAria('recover-passphrase-again', e.newPassphraseAgain?.message)}
            {...form.register('newPassphraseAgain')}
          />
        </Field>
        {problem.problem && !problem.problem.mapped && <FormProblemAlert problem={problem.problem} />}
        <div className="actions">
          <button type="submit" className="button button-primary" disabled={busy || wait.left > 0}>
            {busy ? t('session.recover.working') : t('session.recover.submit')}
          </button>
          <button type="button" className="button" onClick={onBack}>
            {t('session.recover.back')}
          </button>
        </div>
      </form>
    </LockFrame>
  );
}
