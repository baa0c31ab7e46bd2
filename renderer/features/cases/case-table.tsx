import { memo, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseRow } from '../../../shared/contract';
import { navigate, paths } from '../../app/router';
import { useShallow } from 'zustand/react/shallow';
import { useEnumLabel } from '../../components/enum-options';
import { useFixedRows } from '../../components/fixed-rows';
import { formatDate, regionName } from '../../components/format';
import { PAGE_SIZE, rowAt, useCases } from '../../stores/cases';
import { useDisplayName } from '../privacy/display-name';

const ROW_HEIGHT = 52;
/** The frame a long list scrolls in; a short one takes only the room it needs. */
const FRAME_HEIGHT = 640;
const AHEAD = 30;
const SETTLE_MS = 120;
const COLUMNS = ['number', 'client', 'stage', 'status', 'ppks', 'region', 'worker', 'opened'] as const;

/**
 * The case list, virtualized: only the rows in view (plus a few) exist in the DOM, and
 * pages of 100 are fetched by offset as they scroll into view, so 100,000 cases scroll
 * as smoothly as 100.
 */
export function CaseTable() {
  const { t } = useTranslation();
  const { total, pages, generation, ensureRows } = useCases(useShallow((s) => ({ total: s.total, pages: s.pages, generation: s.generation, ensureRows: s.ensureRows })));
  const scrollRef = useRef<HTMLDivElement>(null);
  const count = total ?? 0;
  // The frame's height as app.css makes it, min(62vh, 640px), read without asking the layout.
  const frameHeight = Math.min(count * ROW_HEIGHT, FRAME_HEIGHT, Math.ceil(window.innerHeight * 0.62));
  const { rows, first, last, totalHeight, scrollTop } = useFixedRows({ count, rowHeight: ROW_HEIGHT, viewHeight: frameHeight, overscan: 8, scrollRef });

  // Scrolling on: fetch at once, a little ahead in both directions. A far jump (dragging the
  // scrollbar through 100,000 rows) waits until the view rests, so the pages flown over
  // are never asked for and do not queue ahead of the one that is wanted.
  const previous = useRef(first);
  // Also re-checked whenever the rows in view are still missing after a change (a page
  // answered for another range, an error cleared), so a view never stays "loading".
  const missing = count > 0 && (!rowAt(pages, first) || !rowAt(pages, Math.max(0, last)));
  useEffect(() => {
    if (count === 0) return;
    const jump = Math.abs(first - previous.current) > PAGE_SIZE;
    previous.current = first;
    if (!jump) return ensureRows(Math.max(0, first - AHEAD), last + AHEAD);
    const timer = setTimeout(() => ensureRows(first, last), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [first, last, count, generation, missing, ensureRows]);

  // A new search or filter starts again at the top (no scroll, and so no forced layout, when
  // it is there already: the common case while typing).
  useEffect(() => {
    if (scrollTop > 0) scrollRef.current?.scrollTo({ top: 0 });
    // Only a new query moves the list; the scroll position is read as it was then.
  }, [generation]);

  return (
    <div className="case-table" role="table" aria-label={t('cases.tableLabel')} aria-rowcount={count + 1}>
      <div role="rowgroup" className="case-table-head">
        <div role="row" aria-rowindex={1} className="case-row">
          {COLUMNS.map((c) => (
            <span role="columnheader" key={c} className={`cell cell-${c}`}>
              {t(`cases.columns.${c}`)}
            </span>
          ))}
        </div>
      </div>
      <div
        role="rowgroup"
        className="case-table-body"
        ref={scrollRef}
        tabIndex={count ? 0 : -1}
        aria-label={t('cases.scrollLabel')}
        style={{ height: frameHeight + 1 }}
      >
        <div role="presentation" style={{ height: totalHeight, position: 'relative' }}>
          {rows.map((item) => (
            <Row key={item.index} index={item.index} row={rowAt(pages, item.index)} top={item.top} />
          ))}
        </div>
      </div>
    </div>
  );
}

// Memoised: while scrolling only the rows entering the view render, not all of them again.
const Row = memo(function Row({ index, row, top }: { index: number; row: CaseRow | undefined; top: number }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const show = useDisplayName();
  const style = { transform: `translateY(${top}px)`, height: ROW_HEIGHT };
  if (!row)
    return (
      <div role="row" aria-rowindex={index + 2} className="case-row placeholder-row" style={style}>
        <span role="cell" className="cell cell-number muted">
          {t('common.loading')}
        </span>
      </div>
    );
  return (
    <div role="row" aria-rowindex={index + 2} className="case-row" style={style} onClick={(e) => !(e.target as HTMLElement).closest('a') && navigate(paths.case(row.id))}>
      <span role="cell" className="cell cell-number">
        <a href={paths.case(row.id)}>{row.number}</a>
      </span>
      <span role="cell" className="cell cell-client">
        <a href={paths.client(row.clientId)}>{show(row.clientName)}</a>
        <span className="cell-sub">{row.nik ?? t('client.noNik')}</span>
      </span>
      <span role="cell" className="cell cell-stage" title={label('stage', row.stage)}>
        {label('stage', row.stage)}
      </span>
      <span role="cell" className="cell cell-status">
        <span className={`badge status-${row.status}`}>{label('status', row.status)}</span>
      </span>
      <span role="cell" className="cell cell-ppks" title={`${label('ppks', row.ppksType)} · ${label('cluster', row.cluster)}`}>
        {label('ppks', row.ppksType)}
        <span className="cell-sub">{label('cluster', row.cluster)}</span>
      </span>
      <span role="cell" className="cell cell-region" title={row.regencyName ? regionName(row.regencyName) : undefined}>
        {row.regencyName ? regionName(row.regencyName, true) : '—'}
      </span>
      <span role="cell" className="cell cell-worker" title={row.workerName ?? undefined}>
        {row.workerName ?? '—'}
      </span>
      <span role="cell" className="cell cell-opened">{formatDate(row.openedAt)}</span>
    </div>
  );
});
