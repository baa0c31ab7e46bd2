import { useTranslation } from 'react-i18next';
import type { JobState } from '../api/jobs';
import { formatCount } from './format';

/** Steps whose count is a number of bytes: shown as a percentage, not "x of y". */
const BYTES = new Set(['mengemas', 'menyalin']);

/**
 * Long work on its way (import, export, backup): the step it is in, how far (a bar, when the
 * core can count the step), and a way to stop it — a cancelled job stores and makes nothing.
 * While the core stores in one transaction it can no longer be stopped.
 */
export function JobProgress({ job, label, onCancel }: { job: JobState; label: string; onCancel(): void }) {
  const { t, i18n } = useTranslation();
  const fmt = (v: number) => formatCount(v, i18n.language);
  const counted = job.total > 0 && i18n.exists(`jobs.counted.${job.phase}`);
  const text = counted
    ? t(`jobs.counted.${job.phase}`, { done: fmt(job.done), total: fmt(job.total), percent: Math.floor((job.done / job.total) * 100) })
    : t(`jobs.phase.${job.phase}`);
  const storing = job.phase === 'menyimpan';
  const cancelText = job.cancelRequested ? t('jobs.cancelling') : t('jobs.cancel');
  return (
    <div className="job-progress">
      <div className="job-progress-row">
        <span className="busy" role="status" aria-live="polite">
          {job.cancelRequested ? t('jobs.cancelling') : text}
        </span>
        <button type="button" className="button" autoFocus onClick={onCancel} disabled={job.cancelRequested || storing}>
          {cancelText}
        </button>
      </div>
      {counted ? (
        <progress max={BYTES.has(job.phase) ? 100 : job.total} value={BYTES.has(job.phase) ? Math.floor((job.done / job.total) * 100) : job.done} aria-label={label} aria-valuetext={text} />
      ) : (
        <progress aria-label={label} aria-valuetext={text} />
      )}
    </div>
  );
}
