/**
 * Plain calendar dates (YYYY-MM-DD) as the field uses them: a due date or a birth date has
 * no time and no zone. Arithmetic happens at UTC midnight, so no zone shifts a day.
 */
const toUtc = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));

export function addDays(date: string, days: number): string {
  return new Date(toUtc(date) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / 86_400_000);
}

/** The calendar date of an instant in a time zone (WIB Asia/Jakarta, WITA Asia/Makassar, WIT Asia/Jayapura). */
export function dateInZone(instant: Date | string, timeZone: string): string {
  const d = typeof instant === 'string' ? new Date(instant) : instant;
  return dayFormat(timeZone).format(d);
}

// Building an Intl.DateTimeFormat loads the zone's rules: ~100× the cost of formatting with
// one (hundreds of µs, twice per logged visit), so each zone's formatter is kept.
const dayFormats = new Map<string, Intl.DateTimeFormat>();
function dayFormat(timeZone: string): Intl.DateTimeFormat {
  let f = dayFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, f);
  }
  return f;
}
