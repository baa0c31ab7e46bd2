/**
 * The office's wall clock. Indonesia keeps no daylight saving, so each zone has one fixed
 * offset: a visit typed as 28-11-2026 09:30 in a WIB office is sent as
 * 2026-11-28T09:30:00+07:00 (the core stores it as UTC).
 */
const OFFSETS: Record<string, string> = { 'Asia/Jakarta': '+07:00', 'Asia/Makassar': '+08:00', 'Asia/Jayapura': '+09:00' };

export const offsetOf = (timeZone: string) => OFFSETS[timeZone] ?? '+07:00';

/** 'YYYY-MM-DD' + 'HH:MM' → ISO with the office offset; what was typed when it is not a date and time. */
export function composeVisitedAt(date: string, time: string, timeZone: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return `${date}T${time}`;
  return `${date}T${time}:00${offsetOf(timeZone)}`;
}

/** The office's current time as 'HH:MM'. */
export function nowTimeIn(timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date());
}

/** The date of an event in the office's zone: plain dates stay as they are. */
export function eventDate(at: string, timeZone: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(at)) return at;
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(at));
}
