import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupFile } from '../../../shared/contract';
import type { AppErrorBody } from '../../../shared/result';
import { wasCancelled } from '../../api/jobs';
import { Alert, ErrorAlert, Loading } from '../../components/alert';
import { JobProgress } from '../../components/job-progress';
import { formatDateTime } from '../../components/format';
import { TableHead } from '../../components/table-head';
import { takeRestoredNotice, useBackups } from '../../stores/backups';
import { useTimeZone } from '../../stores/settings';
import { formatBytes } from '../exports/files';
import { BackupSettingsForm } from './backup-settings-form';
import { MoveOut } from './move-out';
import { RestoreDialog } from './restore-dialog';

/** Cadangan: back up now, the list of backups (restore one), and the backup settings. */
export function BackupsSection() {
  const { t, i18n } = useTranslation();
  const { settings, list, error, load, create, creating, cancelCreate } = useBackups();
  const [notice, setNotice] = useState<{ text: string; kind: 'success' | 'info' } | null>(null);
  const [createError, setCreateError] = useState<AppErrorBody | null>(null);
  const [restoring, setRestoring] = useState<BackupFile | null>(null);

  useEffect(() => {
    void load();
    const restored = takeRestoredNotice();
    if (restored) setNotice({ kind: 'success', text: t('backup.restored', { name: restored.name, safety: restored.safety.split(/[\\/]/).pop() }) });
    // Only on arrival: the notice is taken once.
  }, [load]);

  const backUp = async () => {
    setNotice(null);
    setCreateError(null);
    const r = await create();
    if (r.ok) setNotice({ kind: 'success', text: t('backup.created', { name: r.value.file.split(/[\\/]/).pop(), size: formatBytes(r.value.size, i18n.language) }) });
    else if (wasCancelled(r)) setNotice({ kind: 'info', text: t('backup.cancelled') });
    else setCreateError(r.error);
    // Its Cancel button had the focus; the keyboard goes back to "Back up now".
    setTimeout(() => document.getElementById('backup-now')?.focus(), 0);
  };

  return (
    <>
      <section className="card" aria-labelledby="backup-list-title">
        <div className="section-head">
          <h2 id="backup-list-title">{t('backup.nowTitle')}</h2>
          <div className="actions">
            <button type="button" id="backup-now" className="button button-primary" onClick={() => void backUp()} disabled={creating !== null}>
              {t('backup.createNow')}
            </button>
          </div>
        </div>
        {creating && <JobProgress job={creating} label={t('backup.progressLabel')} onCancel={() => void cancelCreate()} />}
        {notice && <Alert kind={notice.kind}>{notice.text}</Alert>}
        {createError && <ErrorAlert error={createError} />}
        {error && <ErrorAlert error={error} />}
        {list === null ? !error && <Loading /> : <BackupList list={list} onRestore={setRestoring} />}
      </section>
      <section className="card" aria-labelledby="backup-settings-title">
        <h2 id="backup-settings-title">{t('backup.settingsTitle')}</h2>
        <p className="hint">{t('backup.settingsIntro')}</p>
        {settings ? <BackupSettingsForm settings={settings} /> : !error && <Loading />}
      </section>
      <MoveOut />
      <RestoreDialog backup={restoring} onClose={() => setRestoring(null)} />
    </>
  );
}

function BackupList({ list, onRestore }: { list: BackupFile[]; onRestore(b: BackupFile): void }) {
  const { t, i18n } = useTranslation();
  const timeZone = useTimeZone();
  if (list.length === 0) return <p className="muted">{t('backup.none')}</p>;
  return (
    <>
      <p className="hint">{t('backup.count', { count: list.length })}</p>
      <div className="table-scroll">
        <table className="table backup-table" aria-label={t('backup.listLabel')}>
          <TableHead columns={[t('backup.colName'), t('backup.colDate'), t('backup.colSize'), t('backup.colKind')]} actions="hidden" />
          <tbody>
            {list.map((b) => (
              <tr key={b.name}>
                <td className="mono">{b.name}</td>
                <td>{formatDateTime(b.createdAt, timeZone)}</td>
                <td>{formatBytes(b.size, i18n.language)}</td>
                <td>
                  {b.safetyCopy ? (
                    <span className="badge badge-safety" title={t('backup.kindSafetyHint')}>
                      {t('backup.kindSafety')}
                    </span>
                  ) : (
                    <span className="badge">{t('backup.kindBackup')}</span>
                  )}
                </td>
                <td>
                  <button type="button" className="button button-small" aria-label={t('backup.restoreNamed', { name: b.name })} onClick={() => onRestore(b)}>
                    {t('backup.restore')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
