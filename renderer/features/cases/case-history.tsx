import { useTranslation } from 'react-i18next';
import type { CaseChange } from '../../../shared/contract';
import { useEnumLabel } from '../../components/enum-options';
import { formatDateTime } from '../../components/format';
import { useTimeZone } from '../../stores/settings';

/** Stage and status changes, newest first: who, when, from what to what, and why. */
export function CaseHistory({ history }: { history: CaseChange[] }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const timeZone = useTimeZone();
  const what = (h: CaseChange) => {
    if (h.field === 'created') return t('history.created', { stage: label('stage', h.after) });
    if (h.field === 'stage') return t('history.stage', { from: label('stage', h.before), to: label('stage', h.after) });
    if (h.field === 'status') return t('history.status', { from: label('status', h.before), to: label('status', h.after) });
    if (h.field === 'closure') return h.after ? t('access.timeline.requested', { status: label('status', h.after) }) : t('access.timeline.returned');
    return t('history.other');
  };
  return (
    <section className="card" aria-labelledby="case-history-title">
      <h2 id="case-history-title">{t('history.title')}</h2>
      {history.length === 0 ? (
        <p className="muted">{t('history.empty')}</p>
      ) : (
        <ol className="history">
          {history.map((h, i) => (
            <li key={`${h.at}-${i}`} className={`history-item history-${h.field}`}>
              <p className="history-what">{what(h)}</p>
              <p className="history-meta">
                <time dateTime={h.at}>{formatDateTime(h.at, timeZone)}</time> · {h.actorName ?? t('history.unknownActor')}
              </p>
              {h.reason && (
                <p className="history-reason">
                  <span className="muted">{t('history.reason')}</span> {h.reason}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
