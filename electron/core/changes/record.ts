import type { CoreContext } from '../context';
import { nowIso } from '../context';
import { currentWorkerId } from '../workers/session';

export type Entity =
  | 'client' | 'case' | 'worker' | 'settings' | 'visit' | 'pasung' | 'device' | 'service' | 'task' | 'attachment'
  | 'institution' | 'referral' | 'letter' | 'consent' | 'erasure';

/** Field-level before/after of two flat records; only fields whose value changed. */
export function diff(before: Record<string, unknown> | null, after: Record<string, unknown> | null) {
  const changes: Record<string, [unknown, unknown]> = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const k of keys) {
    if (k === 'version' || k === 'updatedAt' || k === 'createdAt') continue;
    const b = before?.[k] ?? null;
    const a = after?.[k] ?? null;
    if (!sameJson(b, a)) changes[k] = [b, a];
  }
  return changes;
}

const plain = (v: unknown) => v === null || typeof v === 'string' || typeof v === 'boolean';

/**
 * Whether two values serialise alike. Identical values do, and two different strings,
 * booleans or nulls never do, so most fields are settled without serialising (an import
 * diffs twenty fields of every client); anything else is compared as JSON.
 */
function sameJson(b: unknown, a: unknown): boolean {
  if (b === a) return true;
  if (plain(b) && plain(a)) return false;
  return JSON.stringify(b) === JSON.stringify(a);
}

type ChangeEntry = {
  entity: Entity;
  entityId: string;
  action: 'create' | 'update' | 'delete';
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  reason?: string | null;
};

/**
 * Appends one change-log row. Must run inside the mutation's transaction (the dispatcher
 * opens it), so a change is never stored without its record, nor the record without it.
 */
export function recordChange(ctx: CoreContext, entry: ChangeEntry): void {
  changeRecorder(ctx)(entry);
}

/**
 * `recordChange` for many rows in one transaction (an import): the acting worker is read
 * once, not once per row — it cannot change inside a synchronous transaction.
 */
export function changeRecorder(ctx: CoreContext): (entry: ChangeEntry) => void {
  const actorId = currentWorkerId(ctx);
  const insert = ctx.db.prepare(
    `INSERT INTO change_log (id, entity, entity_id, action, changes, reason, actor_id, device_id, at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return (entry) => {
    const changes = diff(entry.before, entry.after);
    if (entry.action === 'update' && Object.keys(changes).length === 0) return;
    insert.run(ctx.newId(), entry.entity, entry.entityId, entry.action, JSON.stringify(changes), entry.reason ?? null, actorId, ctx.deviceId, nowIso(ctx));
  };
}
