import { useTranslation } from 'react-i18next';
import type { ImportJob } from '../../stores/imports';

/** A running import: how far it has come, and a way to stop it (it then stores nothing). */
export function JobProgress({ job, onCancel }: { job: ImportJob; onCancel(): void }) {
  const { t, i18n } = useTranslation();
  const fmt = (v: number) => v.toLocaleString(i18n.language === 'en' ? 'en-US' : 'id-ID');
  const phase = ['mulai', 'membaca', 'memeriksa', 'menyimpan'].includes(job.phase) ? job.phase : 'mulai';
  const text = t(`clientImport.phase.${phase}`, { done: fmt(job.done), total: fmt(job.total) });
  // While the core saves in one transaction there is no count to show: the bar then runs indeterminate.
  const determinate = phase === 'memeriksa' && job.total > 0;
  return (
    <div className="job-progress">
      <div className="job-progress-row">
        <span className="busy" role="status" aria-live="polite">
          {job.cancelRequested ? t('clientImport.cancelling') : text}
        </span>
        <button type="button" className="button" autoFocus onClick={onCancel} disabled={job.cancelRequested || phase === 'menyimpan'}>
          {job.cancelRequested ? t('clientImport.cancelling') : t('clientImport.cancel')}
        </button>
      </div>
      {determinate ? (
        <progress max={job.total} value={job.done} aria-label={t('clientImport.progressLabel')} aria-valuetext={text} />
      ) : (
        <progress aria-label={t('clientImport.progressLabel')} aria-valuetext={text} />
      )}
    </div>
  );
}
