import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_MOVE_IN_BYTES } from '../../../shared/contract';
import type { AppErrorBody } from '../../../shared/result';
import { Field, fieldAria } from '../../components/field';
import { FormProblemAlert, useFormProblem } from '../../components/server-errors';
import { useSession } from '../../stores/session';
import { fileToBase64 } from '../exports/files';
import { PassphraseInput } from './passphrase';

type Errors = { bundle?: string; password?: string };
type Phase = 'idle' | 'reading' | 'checking';

/**
 * The new laptop's first start: a move bundle from the old one fills this empty folder
 * (`session:move-in`); the unlock screen follows, where the old accounts sign in. The file
 * and password stay chosen when the bundle is refused, the reason beside its field.
 */
export function MoveInForm() {
  const { t } = useTranslation();
  const moveIn = useSession((s) => s.moveIn);
  const problem = useFormProblem();
  const [file, setFile] = useState<File | null>(null);
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [phase, setPhase] = useState<Phase>('idle');
  const fileRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const busy = phase !== 'idle';

  const showErrors = (next: Errors) => {
    setErrors(next);
    if (next.bundle) fileRef.current?.focus();
    else if (next.password) passwordRef.current?.focus();
  };

  const fromServer = (error: AppErrorBody) => {
    const next: Errors = {};
    for (const f of error.fields ?? []) if (f.path === 'bundle' || f.path === 'password') next[f.path] ??= f.message;
    const mapped = Boolean(error.fields?.length) && (error.fields ?? []).every((f) => f.path === 'bundle' || f.path === 'password');
    showErrors(next);
    problem.fromServer(error, mapped);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    problem.clear();
    const next: Errors = {};
    if (!file) next.bundle = t('session.moveIn.noFile');
    else if (file.size > MAX_MOVE_IN_BYTES) next.bundle = t('session.moveIn.tooLarge');
    if (!password) next.password = t('session.moveIn.noPassword');
    if (next.bundle || next.password) {
      showErrors(next);
      problem.invalid();
      return;
    }
    setErrors({});
    try {
      setPhase('reading');
      const bundle = await fileToBase64(file!);
      setPhase('checking');
      const r = await moveIn({ bundle, password });
      // On success the session is locked now and the app shows the unlock screen.
      if (!r.ok) fromServer(r.error);
    } finally {
      setPhase('idle');
    }
  };

  return (
    <form className="form card" onSubmit={(e) => void submit(e)} noValidate aria-label={t('session.moveIn.title')} aria-busy={busy}>
      <fieldset className="section" disabled={busy}>
        <legend>{t('session.moveIn.title')}</legend>
        <p>{t('session.moveIn.intro')}</p>
        <Field id="move-in-file" label={t('session.moveIn.file')} error={errors.bundle} hint={t('session.moveIn.fileHint')} required>
          <input
            ref={fileRef}
            type="file"
            accept=".zip,application/zip"
            {...fieldAria('move-in-file', errors.bundle, true)}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setErrors((x) => ({ ...x, bundle: undefined }));
            }}
          />
        </Field>
        <Field id="move-in-password" label={t('session.moveIn.password')} error={errors.password} hint={t('session.moveIn.passwordHint')} required>
          <PassphraseInput
            ref={passwordRef}
            label={t('session.moveIn.password')}
            autoComplete="off"
            value={password}
            {...fieldAria('move-in-password', errors.password, true)}
            onChange={(e) => {
              setPassword(e.target.value);
              setErrors((x) => ({ ...x, password: undefined }));
            }}
          />
        </Field>
      </fieldset>
      {busy && (
        <p className="move-in-progress" role="status">
          <span className="spinner" aria-hidden="true" /> {phase === 'reading' ? t('session.moveIn.reading') : t('session.moveIn.checking')}
        </p>
      )}
      <FormProblemAlert problem={problem.problem} />
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('session.moveIn.submit')}
        </button>
      </div>
    </form>
  );
}
