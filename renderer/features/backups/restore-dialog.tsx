import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupFile } from '../../../shared/contract';
import type { AppErrorBody } from '../../../shared/result';
import { ErrorAlert } from '../../components/alert';
import { Dialog } from '../../components/dialog';
import { formatDateTime } from '../../components/format';
import { useBackups } from '../../stores/backups';
import { useTimeZone } from '../../stores/settings';

/** Confirms a restore, saying a safety copy comes first; after it, the app reloads its data. */
export function RestoreDialog({ backup, onClose }: { backup: BackupFile | null; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Dialog open={backup !== null} onClose={onClose} title={t('backup.restoreTitle')}>
      {backup && <RestoreBody backup={backup} onClose={onClose} />}
    </Dialog>
  );
}

function RestoreBody({ backup, onClose }: { backup: BackupFile; onClose(): void }) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const restore = useBackups((s) => s.restore);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorBody | null>(null);

  const confirm = async () => {
    setBusy(true);
    setError(null);
    const r = await restore(backup.name);
    if (r.ok) {
      // Every store holds data from before the restore: start the app afresh.
      window.location.reload();
      return;
    }
    setBusy(false);
    setError(r.error);
  };

  return (
    <div className="form">
      <p>{t('backup.restoreWhat', { name: backup.name, date: formatDateTime(backup.createdAt, timeZone) })}</p>
      <p>{t('backup.restoreSafety')}</p>
      <p>{t('backup.restoreReload')}</p>
      {error && (
        <ErrorAlert error={error}>
          <p>{t('backup.restoreFailed')}</p>
        </ErrorAlert>
      )}
      <div className="actions">
        <button type="button" className="button button-primary" onClick={() => void confirm()} disabled={busy}>
          {busy ? t('backup.restoring') : t('backup.restoreConfirm')}
        </button>
        <button type="button" className="button" onClick={onClose} disabled={busy}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
