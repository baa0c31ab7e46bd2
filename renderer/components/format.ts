import { format, parseISO } from 'date-fns';
import { enUS, id as idLocale } from 'date-fns/locale';

/** 'YYYY-MM-DD' → 'DD-MM-YYYY', the way dates are written on Indonesian forms. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const [y, m, d] = iso.slice(0, 10).split('-');
  return d && m && y ? `${d}-${m}-${y}` : iso;
}

/** '1985-03-12' → '12 Maret 1985' (or '12 March 1985'). */
export function formatLongDate(iso: string | null | undefined, lang: string): string {
  if (!iso) return '';
  return format(parseISO(iso.slice(0, 10)), 'd MMMM yyyy', { locale: lang === 'en' ? enUS : idLocale });
}

const ZONE_ABBR: Record<string, string> = { 'Asia/Jakarta': 'WIB', 'Asia/Makassar': 'WITA', 'Asia/Jayapura': 'WIT' };

/** A stored UTC time shown in the office's time zone: '12-03-2025 14:05 WIB'. */
export function formatDateTime(isoUtc: string, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(isoUtc))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.day}-${parts.month}-${parts.year} ${parts.hour}:${parts.minute} ${ZONE_ABBR[timeZone] ?? timeZone}`;
}

/** Today as 'YYYY-MM-DD' in a time zone (the office's, for defaults such as a case's opening date). */
export function todayIn(timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

const ACRONYMS = new Set(['DKI', 'DI', 'NTB', 'NTT']);

/**
 * Region names arrive in capitals from the Kemendagri list ("KABUPATEN BANYUMAS"); shown
 * in title case ("Kabupaten Banyumas"), or compact for narrow columns ("Kab. Banyumas").
 */
export function regionName(name: string, compact = false): string {
  const key = `${compact ? 1 : 0}${name}`;
  let shown = regionNames.get(key);
  if (shown === undefined) {
    shown = name;
    if (name === name.toUpperCase()) {
      const titled = name
        .split(' ')
        .map((w) => (ACRONYMS.has(w) ? w : w.toLowerCase().replace(/(^|[-(/])(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase())))
        .join(' ');
      shown = compact ? titled.replace(/^Kabupaten /, 'Kab. ') : titled;
    }
    if (regionNames.size >= 5_000) regionNames.clear();
    regionNames.set(key, shown);
  }
  return shown;
}
/** Worked out once per name: the case list shows each row's regency twice on every render. */
const regionNames = new Map<string, string>();

/**
 * A count in the UI language: 100.000 (id) or 100,000 (en). Written out rather than with
 * toLocaleString: the first Intl number format in a page loads its locale data (about 40 ms
 * on these laptops), which the case list's first paint would otherwise wait for.
 */
export function formatCount(n: number, lang: string): string {
  if (!Number.isInteger(n)) return n.toLocaleString(lang === 'en' ? 'en-US' : 'id-ID');
  const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'en' ? ',' : '.');
  return n < 0 ? `-${digits}` : digits;
}
