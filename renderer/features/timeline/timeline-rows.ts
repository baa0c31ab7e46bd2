import { format, parseISO } from 'date-fns';
import { enUS, id as idLocale } from 'date-fns/locale';
import type { TimelineEvent } from '../../../shared/contract';
import { eventDate } from '../visits/office-time';

export type TimelineRow = { type: 'month'; key: string; label: string } | { type: 'event'; key: string; event: TimelineEvent };

/** Events (newest first) with a heading row before each month: "November 2026". */
export function groupByMonth(events: TimelineEvent[], timeZone: string, lang: string): TimelineRow[] {
  const rows: TimelineRow[] = [];
  let month = '';
  for (const e of events) {
    const m = eventDate(e.at, timeZone).slice(0, 7);
    if (m !== month) {
      month = m;
      rows.push({ type: 'month', key: `m-${m}`, label: format(parseISO(`${m}-01`), 'MMMM yyyy', { locale: lang === 'en' ? enUS : idLocale }) });
    }
    rows.push({ type: 'event', key: e.id, event: e });
  }
  return rows;
}
