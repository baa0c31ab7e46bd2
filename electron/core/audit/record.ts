import type { AUDIT_ACTION, AUDIT_OUTCOME, EnumValue } from '../../../shared/enums';
import type { CoreContext } from '../context';
import { nowIso } from '../context';
import { currentWorkerId } from '../workers/session';
import { auditKey, headMac, rowHash, type ChainRow } from './chain';

export type AuditAction = EnumValue<typeof AUDIT_ACTION>;
export type AuditOutcome = EnumValue<typeof AUDIT_OUTCOME>;

/** Detail values: ids, counts, flags, formats. Free text (names, NIK, notes) never goes here. */
export type AuditDetail = Record<string, string | number | boolean | null | string[]>;

export interface AuditEvent {
  action: AuditAction;
  /** The core channel, or where an event outside one came from ('kunci', 'cli:backup', …). */
  channel: string;
  outcome?: AuditOutcome;
  entity?: string | null;
  entityIds?: string[];
  clientId?: string | null;
  caseId?: string | null;
  detail?: AuditDetail;
  /** For an unlock attempt before anyone is acting: who tried. Defaults to the acting worker. */
  actor?: { workerId: string | null; role: string };
}

// A detail string is a token (format, file name, letter number, id): no spaces, so a name or
// a note cannot slip in by mistake. The real guard is that callers build detail from ids,
// counts and flags only (channels.ts).
const TOKEN = /^[\p{L}\p{N}._:/+-]{0,120}$/u;

/** A file's name as a detail token: its folder dropped (it may name a person's home), odd characters replaced. */
export const fileToken = (path: string): string => (path.split(/[\\/]/).pop() ?? '').replace(/[^\p{L}\p{N}._:+-]/gu, '_').slice(0, 120);

function checkedDetail(detail: AuditDetail | undefined): string {
  for (const [k, v] of Object.entries(detail ?? {})) {
    const strings = typeof v === 'string' ? [v] : Array.isArray(v) ? v : [];
    if (strings.some((s) => !TOKEN.test(s))) throw new Error(`Audit detail ${k} is not a token; personal data must not enter the trail.`);
  }
  return JSON.stringify(detail ?? {});
}

function actorOf(ctx: CoreContext): { workerId: string | null; role: string } {
  return ctx.actor.kind === 'worker' ? { workerId: ctx.actor.workerId, role: ctx.actor.role } : { workerId: currentWorkerId(ctx), role: 'sistem' };
}

/**
 * Appends one row to the audit trail. Inside a transaction (the dispatcher's, for a change)
 * it joins it, so the change and its record land together or not at all; outside one it
 * opens its own IMMEDIATE transaction. Three cached statements: read the head, insert, move
 * the head.
 *
 * `durable: false` (the opening of a record) commits without waiting for the disk: the fsync
 * of synchronous=FULL is what made a read cost milliseconds instead of microseconds. The row
 * is in the WAL at once and survives the app crashing; a power cut may lose the last such
 * rows together with their head (the chain stays whole), and the next durable commit — any
 * change — makes them safe too.
 */
export function recordAudit(ctx: CoreContext, event: AuditEvent, opts: { durable?: boolean } = {}): void {
  // An unlock waiting for the session's first success (session.ts) goes in first.
  const waiting = waitingUnlock.get(ctx);
  waitingUnlock.delete(ctx);
  const events = waiting ? [waiting, event] : [event];
  const writeAll = () => {
    for (const e of events) append(ctx, e);
  };
  try {
    if (ctx.db.inTransaction) return writeAll();
    const write = ctx.db.transaction(writeAll);
    if (opts.durable !== false) return write.immediate();
    const sync = ctx.db.pragma('synchronous', { simple: true }) as number;
    ctx.db.pragma('synchronous = NORMAL');
    try {
      write.immediate();
    } finally {
      ctx.db.pragma(`synchronous = ${sync}`);
    }
  } catch (e) {
    if (waiting) waitingUnlock.set(ctx, waiting);
    throw e;
  }
}

/** The unlock of each open store, until something in its session is recorded or succeeds. */
export const waitingUnlock = new WeakMap<CoreContext, AuditEvent>();

function append(ctx: CoreContext, e: AuditEvent): void {
  const key = auditKey(ctx);
  const actor = e.actor ?? actorOf(ctx);
  const detail: AuditDetail = { ...e.detail };
  let head = ctx.db.prepare(`SELECT seq, hash FROM audit_head WHERE id = 1`).get() as { seq: number; hash: string } | undefined;
  if (!head) {
    // The head row was removed outside the app. Go on from the last row, and say so in the
    // sealed row itself, so `audit verify` reports it for ever after.
    const last = ctx.db.prepare(`SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1`).get() as { seq: number; hash: string } | undefined;
    head = last ?? { seq: 0, hash: '0'.repeat(64) };
    ctx.db.prepare(`INSERT INTO audit_head (id, seq, hash, mac) VALUES (1, ?, ?, '')`).run(head.seq, head.hash);
    detail.headRebuilt = true;
  }
  const row: ChainRow = {
    seq: head.seq + 1,
    id: ctx.newId(),
    at: nowIso(ctx),
    actor_id: actor.workerId,
    role: actor.role,
    action: e.action,
    channel: e.channel,
    entity: e.entity ?? null,
    entity_ids: e.entityIds?.length ? JSON.stringify(e.entityIds) : null,
    client_id: e.clientId ?? null,
    case_id: e.caseId ?? null,
    outcome: e.outcome ?? 'ok',
    detail: checkedDetail(detail),
    prev_hash: head.hash,
  };
  const hash = rowHash(key, row);
  ctx.db
    .prepare(
      `INSERT INTO audit_log (seq, id, at, actor_id, role, action, channel, entity, entity_ids, client_id, case_id, outcome, detail, prev_hash, hash)
       VALUES (@seq, @id, @at, @actor_id, @role, @action, @channel, @entity, @entity_ids, @client_id, @case_id, @outcome, @detail, @prev_hash, @hash)`,
    )
    .run({ ...row, hash });
  ctx.db.prepare(`UPDATE audit_head SET seq = ?, hash = ?, mac = ? WHERE id = 1`).run(row.seq, hash, headMac(key, row.seq, hash));
}
