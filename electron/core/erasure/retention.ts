import { RetentionSettingsInput, type RetentionDue, type RetentionSettings } from '../../../shared/contract/erasure';
import { CLOSED_STATUSES } from '../../../shared/enums';
import type { CoreContext } from '../context';
import { officeToday } from '../settings/store';

/**
 * Five years unless the office sets its own: a sensible default, not law — the office's
 * records schedule (jadwal retensi arsip) decides (DOMAIN.md: Pasal 44 asks for destruction
 * when the retention period ends, without naming one).
 */
export const DEFAULT_RETENTION: RetentionSettings = { closedCaseYears: 5 };

export function readRetention(ctx: CoreContext): RetentionSettings {
  const raw = ctx.db.prepare(`SELECT value FROM settings WHERE key = 'retention'`).pluck().get() as string | undefined;
  const parsed = raw ? RetentionSettingsInput.safeParse(JSON.parse(raw)) : null;
  return parsed?.success ? parsed.data : DEFAULT_RETENTION;
}

export function writeRetention(ctx: CoreContext, s: RetentionSettings): void {
  ctx.db.prepare(`INSERT INTO settings (key, value) VALUES ('retention', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`).run(JSON.stringify(s));
}

/** The same day N years earlier (later for a negative N); 29 February falls back to the 28th. */
export function yearsBefore(day: string, years: number): string {
  const y = Number(day.slice(0, 4)) - years;
  const md = day.slice(5);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return `${String(y).padStart(4, '0')}-${md === '02-29' && !leap ? '02-28' : md}`;
}

const CLOSED = CLOSED_STATUSES.map((s) => `'${s}'`).join(', ');

/**
 * Closed cases whose retention period has ended (closed on or before today − N years),
 * of clients not yet erased. A client is erased as a whole, so each row names the client's
 * other cases that still hold it back (open, or closed more recently).
 */
export function retentionDue(ctx: CoreContext): RetentionDue {
  const { closedCaseYears: years } = readRetention(ctx);
  const cutoff = yearsBefore(officeToday(ctx), years);
  const rows = ctx.db
    .prepare(
      `SELECT c.id AS caseId, c.number AS caseNumber, c.client_id AS clientId, cl.name AS clientName, c.ppks_type AS ppksType,
         c.closed_at AS closedAt,
         (SELECT json_group_array(o.number) FROM cases o
            WHERE o.client_id = c.client_id AND o.id <> c.id AND (o.status NOT IN (${CLOSED}) OR o.closed_at IS NULL OR o.closed_at > @cutoff)) AS blocking,
         (SELECT r.id FROM erasure_requests r WHERE r.client_id = c.client_id AND r.status = 'menunggu') AS waitingRequestId
       FROM cases c JOIN clients cl ON cl.id = c.client_id
       WHERE c.status IN (${CLOSED}) AND c.closed_at <= @cutoff AND cl.erased_at IS NULL
       ORDER BY c.closed_at, c.number`,
    )
    .all({ cutoff }) as (Omit<RetentionDue['rows'][number], 'blockingCases' | 'dueOn'> & { blocking: string })[];
  return {
    years,
    cutoff,
    rows: rows.map(({ blocking, ...r }) => ({ ...r, dueOn: yearsBefore(r.closedAt, -years), blockingCases: JSON.parse(blocking) })),
  };
}
