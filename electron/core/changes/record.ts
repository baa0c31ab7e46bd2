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
    if (JSON.stringify(b) !== JSON.stringify(a)) changes[k] = [b, a];
  }
  return changes;
}

/**
 * Appends one change-log row. Must run inside the mutation's transaction (the dispatcher
 * opens it), so a change is never stored without its record, nor the record without it.
 */
export function recordChange(
  ctx: CoreContext,
  entry: {
    entity: Entity;
    entityId: string;
    action: 'create' | 'update' | 'delete';
    before: Record<string, unknown> | null;
    after: Record<string, unknown> | null;
    reason?: string | null;
  },
): void {
  const changes = diff(entry.before, entry.after);
  if (entry.action === 'update' && Object.keys(changes).length === 0) return;
  ctx.db
    .prepare(
      `INSERT INTO change_log (id, entity, entity_id, action, changes, reason, actor_id, device_id, at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      ctx.newId(),
      entry.entity,
      entry.entityId,
      entry.action,
      JSON.stringify(changes),
      entry.reason ?? null,
      currentWorkerId(ctx),
      ctx.deviceId,
      nowIso(ctx),
    );
}
