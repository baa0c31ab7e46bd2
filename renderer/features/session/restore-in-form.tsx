import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_KEYRING_BYTES, MAX_RESTORE_IN_BYTES } from '../../../shared/contract';
import type { AppErrorBody } from '../../../shared/result';
import { Field, fieldAria } from '../../components/field';
import { FormProblemAlert, useFormProblem } from '../../components/server-errors';
import { useSession } from '../../stores/session';
import { PassphraseInput } from './passphrase';
import { readFileBase64 } from './read-file';

const FIELDS = ['backup', 'keyring', 'login', 'passphrase', 'recoveryKey'] as const;
type FieldName = (typeof FIELDS)[number];
type Errors = Partial<Record<FieldName, string>>;
type Method = 'account' | 'recovery';
type Phase = 'idle' | 'reading' | 'checking';

const isField = (path: string): path is FieldName => (FIELDS as readonly string[]).includes(path);

/**
 * The new laptop's first start after the old one died: a backup from the flash drive and the
 * keyring.json beside it fill this empty folder (`session:restore-in`), opened with the old
 * account or the recovery key; the unlock screen follows. On a refusal the reason stands
 * beside its field and everything chosen and typed stays.
 */
export function RestoreInForm() {
  const { t } = useTranslation();
  const restoreIn = useSession((s) => s.restoreIn);
  const problem = useFormProblem();
  const [backup, setBackup] = useState<File | null>(null);
  const [keyring, setKeyring] = useState<File | null>(null);
  const [method, setMethod] = useState<Method>('account');
  const [login, setLogin] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [recoveryKey, setRecoveryKey] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [phase, setPhase] = useState<Phase>('idle');
  const [percent, setPercent] = useState(0);
  const refs = {
    backup: useRef<HTMLInputElement>(null),
    keyring: useRef<HTMLInputElement>(null),
    login: useRef<HTMLInputElement>(null),
    passphrase: useRef<HTMLInputElement>(null),
    recoveryKey: useRef<HTMLInputElement>(null),
  };
  const busy = phase !== 'idle';

  const showErrors = (next: Errors) => {
    setErrors(next);
    const first = FIELDS.find((f) => next[f]);
    if (first) refs[first].current?.focus();
  };
  const clearError = (field: FieldName) => setErrors((x) => ({ ...x, [field]: undefined }));

  const fromServer = (error: AppErrorBody) => {
    const next: Errors = {};
    for (const f of error.fields ?? []) if (isField(f.path)) next[f.path] ??= f.message;
    const mapped = Boolean(error.fields?.length) && (error.fields ?? []).every((f) => isField(f.path));
    showErrors(next);
    problem.fromServer(error, mapped);
  };

  const check = (): Errors => {
    const next: Errors = {};
    if (!backup) next.backup = t('session.restoreIn.noBackup');
    else if (backup.size > MAX_RESTORE_IN_BYTES) next.backup = t('session.restoreIn.tooLarge');
    if (!keyring) next.keyring = t('session.restoreIn.noKeyring');
    else if (keyring.size > MAX_KEYRING_BYTES) next.keyring = t('session.restoreIn.keyringTooLarge');
    if (method === 'account') {
      if (!login.trim()) next.login = t('session.restoreIn.noLogin');
      if (!passphrase) next.passphrase = t('session.restoreIn.noPassphrase');
    } else if (!recoveryKey.trim()) next.recoveryKey = t('session.restoreIn.noRecoveryKey');
    return next;
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    problem.clear();
    const next = check();
    if (Object.values(next).some(Boolean)) {
      showErrors(next);
      problem.invalid();
      return;
    }
    setErrors({});
    try {
      setPercent(0);
      setPhase('reading');
      const keyringBase64 = await readFileBase64(keyring!);
      let shown = 0;
      const backupBase64 = await readFileBase64(backup!, (share) => {
        const now = Math.floor(share * 100);
        if (now !== shown) setPercent((shown = now));
      });
      setPhase('checking');
      const credentials = method === 'account' ? { login, passphrase } : { recoveryKey };
      const r = await restoreIn({ backup: backupBase64, backupName: backup!.name, keyring: keyringBase64, ...credentials });
      // On success the folder is set up and locked: the app shows the unlock screen.
      if (!r.ok) fromServer(r.error);
    } finally {
      setPhase('idle');
    }
  };

  return (
    <form className="form card" onSubmit={(e) => void submit(e)} noValidate aria-label={t('session.restoreIn.title')} aria-busy={busy}>
      <fieldset className="section" disabled={busy}>
        <legend>{t('session.restoreIn.title')}</legend>
        <p>{t('session.restoreIn.intro')}</p>
        <Field id="restore-in-backup" label={t('session.restoreIn.backup')} error={errors.backup} hint={t('session.restoreIn.backupHint')} required>
          <input
            ref={refs.backup}
            type="file"
            accept=".pbak"
            {...fieldAria('restore-in-backup', errors.backup, true)}
            onChange={(e) => {
              setBackup(e.target.files?.[0] ?? null);
              clearError('backup');
            }}
          />
        </Field>
        <Field id="restore-in-keyring" label={t('session.restoreIn.keyring')} error={errors.keyring} hint={t('session.restoreIn.keyringHint')} required>
          <input
            ref={refs.keyring}
            type="file"
            accept=".json,application/json"
            {...fieldAria('restore-in-keyring', errors.keyring, true)}
            onChange={(e) => {
              setKeyring(e.target.files?.[0] ?? null);
              clearError('keyring');
            }}
          />
        </Field>
        <fieldset className="setup-choice">
          <legend>{t('session.restoreIn.method')}</legend>
          {(['account', 'recovery'] as const).map((m) => (
            <label key={m} className="setup-choice-option">
              <input
                type="radio"
                name="restore-in-method"
                value={m}
                checked={method === m}
                onChange={() => setMethod(m)}
                aria-describedby={`restore-in-method-${m}-hint`}
              />
              <span>{t(m === 'account' ? 'session.restoreIn.methodAccount' : 'session.restoreIn.methodRecovery')}</span>
              <span className="hint" id={`restore-in-method-${m}-hint`}>
                {t(m === 'account' ? 'session.restoreIn.methodAccountHint' : 'session.restoreIn.methodRecoveryHint')}
              </span>
            </label>
          ))}
        </fieldset>
        {method === 'account' ? (
          <>
            <Field id="restore-in-login" label={t('session.login')} error={errors.login} required>
              <input
                ref={refs.login}
                type="text"
                autoComplete="username"
                autoCapitalize="off"
                spellCheck={false}
                value={login}
                {...fieldAria('restore-in-login', errors.login)}
                onChange={(e) => {
                  setLogin(e.target.value);
                  clearError('login');
                }}
              />
            </Field>
            <Field id="restore-in-passphrase" label={t('session.passphrase')} error={errors.passphrase} required>
              <PassphraseInput
                ref={refs.passphrase}
                label={t('session.passphrase')}
                autoComplete="current-password"
                value={passphrase}
                {...fieldAria('restore-in-passphrase', errors.passphrase)}
                onChange={(e) => {
                  setPassphrase(e.target.value);
                  clearError('passphrase');
                }}
              />
            </Field>
          </>
        ) : (
          <Field id="restore-in-recovery-key" label={t('session.recover.key')} error={errors.recoveryKey} hint={t('session.recover.keyHint')} required>
            <input
              ref={refs.recoveryKey}
              type="text"
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              className="mono"
              value={recoveryKey}
              {...fieldAria('restore-in-recovery-key', errors.recoveryKey, true)}
              onChange={(e) => {
                setRecoveryKey(e.target.value);
                clearError('recoveryKey');
              }}
            />
          </Field>
        )}
      </fieldset>
      {phase === 'reading' && (
        <p className="move-in-progress" role="status">
          <progress max={100} value={percent} aria-label={t('session.restoreIn.readingLabel')} /> {t('session.restoreIn.reading', { percent })}
        </p>
      )}
      {phase === 'checking' && (
        <p className="move-in-progress" role="status">
          <span className="spinner" aria-hidden="true" /> {t('session.restoreIn.checking')}
        </p>
      )}
      <FormProblemAlert problem={problem.problem} />
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('session.restoreIn.submit')}
        </button>
      </div>
    </form>
  );
}
