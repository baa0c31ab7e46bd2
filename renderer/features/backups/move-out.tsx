import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorBody } from '../../../shared/result';
import { wasCancelled } from '../../api/jobs';
import { Alert, ErrorAlert } from '../../components/alert';
import { JobProgress } from '../../components/job-progress';
import { useServerText } from '../../i18n/server-messages';
import { useBackups } from '../../stores/backups';
import { formatBytes, type SavedFile } from '../exports/files';
import { PasswordFields } from '../exports/password-fields';

const MIN = 10;

/** "Pindah ke laptop baru": the whole data and its key, sealed together with a password. */
export function MoveOut() {
  const { t, i18n } = useTranslation();
  const st = useServerText();
  const { moveOut, moving, cancelMoveOut } = useBackups();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<{ password?: string; confirm?: string }>({});
  const [cancelled, setCancelled] = useState(false);
  const [error, setError] = useState<AppErrorBody | null>(null);
  const [saved, setSaved] = useState<SavedFile | null>(null);
  useEffect(
    () => () => {
      if (saved) URL.revokeObjectURL(saved.url);
    },
    [saved],
  );

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found = password.length < MIN ? { password: t('moveOut.passwordShort', { min: MIN }) } : password !== confirm ? { confirm: t('exporting.passwordMismatch') } : {};
    setErrors(found);
    if (found.password) return document.getElementById('move-password')?.focus();
    if (found.confirm) return document.getElementById('move-password-confirm')?.focus();
    setError(null);
    setCancelled(false);
    const r = await moveOut(password);
    setTimeout(() => document.getElementById('move-submit')?.focus(), 0);
    if (wasCancelled(r)) return setCancelled(true);
    if (!r.ok) {
      const field = r.error.fields?.find((f) => f.path === 'password');
      if (field) setErrors({ password: st(field.message) });
      return setError(r.error);
    }
    setSaved(r.value);
    setPassword('');
    setConfirm('');
  };

  return (
    <section className="card" aria-labelledby="move-out-title">
      <h2 id="move-out-title">{t('moveOut.title')}</h2>
      <p>{t('moveOut.intro')}</p>
      <p className="hint">{t('moveOut.newLaptop')}</p>
      <pre className="mono command">pendamping move-in {saved?.fileName ?? 'pendamping-pindah-….zip'} --password … --data-dir …</pre>
      <form className="form" onSubmit={submit} noValidate aria-labelledby="move-out-title">
        <PasswordFields
          idPrefix="move"
          hint={t('moveOut.passwordHint', { min: MIN })}
          password={password}
          confirm={confirm}
          onPassword={(v) => (setPassword(v), setErrors({}))}
          onConfirm={(v) => (setConfirm(v), setErrors({}))}
          errors={errors}
        />
        {error && !errors.password && <ErrorAlert error={error} />}
        {cancelled && !moving && <Alert kind="info" title={t('moveOut.cancelled')} />}
        {saved && !moving && !cancelled && (
          <Alert kind="success" title={t('exporting.done', { fileName: saved.fileName, size: formatBytes(saved.size, i18n.language) })}>
            <p>
              {t('moveOut.keepSafe')}{' '}
              <a href={saved.url} download={saved.fileName}>
                {t('exporting.downloadAgain', { fileName: saved.fileName })}
              </a>
            </p>
          </Alert>
        )}
        {moving && <JobProgress job={moving} label={t('moveOut.progressLabel')} onCancel={() => void cancelMoveOut()} />}
        <div className="actions">
          <button type="submit" id="move-submit" className="button" disabled={moving !== null}>
            {t('moveOut.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
