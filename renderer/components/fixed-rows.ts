import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * Windowing for a list whose rows all have one height, inside a scrolling frame of a known
 * height: which rows are in view, worked out from the scroll position alone.
 *
 * Why not @tanstack/react-virtual here (the timeline, whose entries differ in height, keeps
 * it): it keeps a measurement object per row and rebuilds them whenever the count changes —
 * 100,000 objects for a district's case list, about 40 ms and a garbage collection before the
 * first paint and again when a search is cleared — and it reads the frame's size from the
 * layout, which forces a layout before the rows exist. Both are needless when every row is
 * `rowHeight` tall and the frame is `viewHeight` tall.
 */
export function useFixedRows(opts: { count: number; rowHeight: number; viewHeight: number; overscan: number; scrollRef: RefObject<HTMLElement | null> }) {
  const { count, rowHeight, viewHeight, overscan, scrollRef } = opts;
  const [scrollTop, setScrollTop] = useState(0);
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    // Not read now: a new frame starts at the top, and reading scrollTop here would force a
    // layout before the first paint.
    const onScroll = () => setScrollTop(el.scrollTop);
    el.addEventListener('scroll', onScroll, { passive: true });
    return () => el.removeEventListener('scroll', onScroll);
  }, [scrollRef]);
  // A shorter list than before may leave the old scroll position past its end.
  const top = Math.min(scrollTop, Math.max(0, count * rowHeight - viewHeight));
  const first = Math.max(0, Math.floor(top / rowHeight) - overscan);
  const last = Math.min(count - 1, Math.ceil((top + viewHeight) / rowHeight) + overscan);
  const rows: { index: number; top: number }[] = [];
  for (let i = first; i <= last; i++) rows.push({ index: i, top: i * rowHeight });
  return { rows, first, last, totalHeight: count * rowHeight, scrollTop };
}
