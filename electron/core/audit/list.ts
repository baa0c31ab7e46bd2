import type { AuditEntry, ChannelParsed } from '../../../shared/contract';
import { addDays } from '../../../shared/dates';
import type { CoreContext } from '../context';
import { readSettings } from '../settings/store';

/** The UTC instant a calendar day starts in a zone (Indonesia's zones keep one offset all year). */
export function dayStartUtc(date: string, timeZone: string): string {
  const noon = new Date(`${date}T12:00:00Z`);
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(noon).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  const offsetMin = m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
  return new Date(Date.parse(`${date}T00:00:00Z`) - offsetMin * 60_000).toISOString();
}

interface Row {
  seq: number;
  id: string;
  at: string;
  actor_id: string | null;
  actor_name: string | null;
  role: string;
  action: AuditEntry['action'];
  channel: string;
  entity: string | null;
  entity_ids: string | null;
  client_id: string | null;
  case_id: string | null;
  case_number: string | null;
  outcome: AuditEntry['outcome'];
  detail: string;
}

/**
 * A page of the trail, newest first. Keyset paging on seq, so rows recorded while someone
 * reads do not shift the pages. Only the filters in use enter the SQL, so each shape is one
 * cached statement that can use its index (audit_by_case, _client, _actor, _at).
 */
export function listAudit(ctx: CoreContext, input: ChannelParsed<'audit:list'>): { entries: AuditEntry[]; next: number | null } {
  const where: string[] = [];
  const args: (string | number)[] = [];
  const add = (sql: string, ...values: (string | number)[]) => {
    where.push(sql);
    args.push(...values);
  };
  const { timeZone } = readSettings(ctx);
  if (input.before !== undefined) add('a.seq < ?', input.before);
  if (input.from) add('a.at >= ?', dayStartUtc(input.from, timeZone));
  if (input.to) add('a.at < ?', dayStartUtc(addDays(input.to, 1), timeZone));
  if (input.workerId) add('a.actor_id = ?', input.workerId);
  if (input.action) add('a.action = ?', input.action);
  if (input.outcome) add('a.outcome = ?', input.outcome);
  if (input.clientId) add('a.client_id = ?', input.clientId);
  // An export of several cases names them in entity_ids rather than case_id.
  if (input.caseId) add(`(a.case_id = ? OR (a.case_id IS NULL AND a.entity_ids LIKE ?))`, input.caseId, `%"${input.caseId}"%`);
  const rows = ctx.db
    .prepare(
      `SELECT a.seq, a.id, a.at, a.actor_id, w.name AS actor_name, a.role, a.action, a.channel, a.entity, a.entity_ids,
              a.client_id, a.case_id, c.number AS case_number, a.outcome, a.detail
         FROM audit_log a
         LEFT JOIN workers w ON w.id = a.actor_id
         LEFT JOIN cases c ON c.id = a.case_id
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY a.seq DESC
        LIMIT ?`,
    )
    .all(...args, input.limit + 1) as Row[];
  const page = rows.slice(0, input.limit);
  return {
    entries: page.map((r) => ({
      seq: r.seq,
      id: r.id,
      at: r.at,
      actorId: r.actor_id,
      actorName: r.actor_name,
      role: r.role,
      action: r.action,
      channel: r.channel,
      entity: r.entity,
      entityIds: r.entity_ids ? (JSON.parse(r.entity_ids) as string[]) : [],
      clientId: r.client_id,
      caseId: r.case_id,
      caseNumber: r.case_number,
      outcome: r.outcome,
      detail: safeJson(r.detail),
    })),
    next: rows.length > input.limit ? page[page.length - 1].seq : null,
  };
}

function safeJson(text: string): Record<string, unknown> {
  try {
    const v = JSON.parse(text) as unknown;
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
