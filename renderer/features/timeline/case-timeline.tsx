import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TIMELINE_KINDS, type TimelineKind } from '../../../shared/contract';
import { ErrorAlert } from '../../components/alert';
import { useTimeZone } from '../../stores/settings';
import { useTimeline } from '../../stores/timeline';
import { AttachmentViewer } from '../attachments/attachment-viewer';
import { CaseVisitSearch } from '../visits/case-visit-search';
import { groupByMonth } from './timeline-rows';
import { TimelineEventView } from './timeline-event';
import { formatCount } from '../../components/format';

/** Rows are measured once drawn; these are only first guesses. */
const ESTIMATE = { month: 44, event: 110 };

/**
 * The case's one chronology, newest first, grouped by month and filterable by kind. Only the
 * rows in view exist in the DOM, and older pages (keyset cursor) load as the list nears its
 * end, so a case with thousands of events opens and scrolls like one with ten.
 */
export function CaseTimeline({ caseId, version }: { caseId: string; version: number }) {
  const { t, i18n } = useTranslation();
  const timeZone = useTimeZone();
  const { events, total, next, loading, error, kinds, open, setKinds, loadMore, refresh } = useTimeline();
  const [viewing, setViewing] = useState<{ id: string; fileName: string } | null>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  useEffect(() => open(caseId), [caseId, open]);
  // A stage, status or risk change saved on this page shows in the chronology at once.
  const seen = useRef(version);
  useEffect(() => {
    if (seen.current === version) return;
    seen.current = version;
    refresh();
  }, [version, refresh]);

  const rows = useMemo(() => groupByMonth(events, timeZone, i18n.language), [events, timeZone, i18n.language]);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => (rows[i]?.type === 'month' ? ESTIMATE.month : ESTIMATE.event),
    getItemKey: (i) => rows[i]?.key ?? i,
    overscan: 6,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? 0;
  useEffect(() => {
    if (next && !loading && lastIndex >= rows.length - 15) void loadMore();
  }, [lastIndex, rows.length, next, loading, loadMore]);

  const toggle = (k: TimelineKind) => setKinds(kinds.includes(k) ? kinds.filter((x) => x !== k) : [...kinds, k]);
  const n = (v: number) => formatCount(v, i18n.language);

  return (
    <section className="card" aria-labelledby="timeline-title">
      <div className="section-head">
        <h2 id="timeline-title">{t('timeline.title')}</h2>
        <p className="count timeline-count" role="status" aria-live="polite">
          {total === null ? t('common.loading') : t('timeline.count', { count: total, n: n(total) })}
        </p>
      </div>
      <CaseVisitSearch caseId={caseId} />
      <div className="chip-filters" role="group" aria-label={t('timeline.filterLabel')}>
        <button type="button" className="chip-toggle" aria-pressed={kinds.length === 0} onClick={() => setKinds([])}>
          {t('timeline.all')}
        </button>
        {TIMELINE_KINDS.map((k) => (
          <button key={k} type="button" className="chip-toggle" aria-pressed={kinds.includes(k)} onClick={() => toggle(k)}>
            {t(`enum.timelineKind.${k}`)}
          </button>
        ))}
      </div>
      {error && <ErrorAlert error={error} />}
      {total === 0 ? (
        <p className="muted">{kinds.length ? t('timeline.noneOfKind') : t('timeline.empty')}</p>
      ) : (
        <div
          ref={scrollRef}
          className="timeline-scroll"
          tabIndex={0}
          role="feed"
          aria-busy={loading}
          aria-label={t('timeline.scrollLabel')}
          style={{ height: Math.min(virtualizer.getTotalSize() + 2, 720) }}
        >
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {items.map((item) => {
              const row = rows[item.index];
              if (!row) return null;
              return (
                <div
                  key={item.key}
                  data-index={item.index}
                  ref={virtualizer.measureElement}
                  className={`timeline-row timeline-row-${row.type}`}
                  style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${item.start}px)` }}
                >
                  {row.type === 'month' ? <h3 className="tl-month">{row.label}</h3> : <TimelineEventView event={row.event} onOpenAttachment={setViewing} />}
                </div>
              );
            })}
          </div>
        </div>
      )}
      {loading && events.length > 0 && <p className="muted tl-more">{t('timeline.loadingMore')}</p>}
      <AttachmentViewer target={viewing} onClose={() => setViewing(null)} />
    </section>
  );
}
