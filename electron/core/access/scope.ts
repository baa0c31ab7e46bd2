import type { Actor, CoreContext } from '../context';

export type Role = Extract<Actor, { kind: 'worker' }>['role'];

/**
 * Admin includes koordinator, koordinator includes pekerja sosial. A worker has one role,
 * and in a small office the head who approves closures is often the one who keeps the
 * settings and backups; an admin can also act for a colleague (session:set-worker), so
 * keeping case data from admins would protect nothing.
 */
const RANK: Record<Role, number> = { pekerja_sosial: 0, koordinator: 1, admin: 2 };
export const hasRole = (role: Role, need: 'koordinator' | 'admin') => RANK[role] >= RANK[need];

/**
 * The worker whose own cases bound what the caller sees, or null when she sees the whole
 * office (the system actor, a koordinator, an admin). Own cases: assigned to her or opened
 * by her.
 */
export function ownCasesOf(ctx: CoreContext): string | null {
  const a = ctx.actor;
  return a.kind === 'worker' && a.role === 'pekerja_sosial' ? a.workerId : null;
}

/** SQL: the case aliased `c` is one of the worker bound to the named parameter. */
export const ownCase = (alias = 'c', param = 'own') => `(${alias}.assigned_worker_id = @${param} OR ${alias}.opened_by = @${param})`;

/** SQL for lists that take `@own` as null (everything) or a worker id (her own cases). */
export const ownCaseOrAll = (alias = 'c', param = 'own') => `(@${param} IS NULL OR ${ownCase(alias, param)})`;

/**
 * SQL: the client aliased `alias` is one of hers (a case of hers, or registered by her),
 * for client lists; `@own` as for ownCase.
 */
export const ownClient = (alias = 'cl', param = 'own') =>
  `(EXISTS (SELECT 1 FROM cases oc WHERE oc.client_id = ${alias}.id AND ${ownCase('oc', param)})
    OR EXISTS (SELECT 1 FROM change_log ol WHERE ol.entity = 'client' AND ol.entity_id = ${alias}.id AND ol.action = 'create' AND ol.actor_id = @${param}))`;

/** Whether this worker owns the case (a missing case is left to the handler: NOT_FOUND). */
export function ownsCase(ctx: CoreContext, workerId: string, caseId: string): boolean | null {
  const row = ctx.db.prepare('SELECT assigned_worker_id AS a, opened_by AS o FROM cases WHERE id = ?').get(caseId) as
    | { a: string | null; o: string | null }
    | undefined;
  if (!row) return null;
  return row.a === workerId || row.o === workerId;
}

/**
 * A client is hers when one of its cases is hers, or when she registered it (a client with
 * no case yet, between registration and opening its case).
 */
export function ownsClient(ctx: CoreContext, workerId: string, clientId: string): boolean | null {
  if (!ctx.db.prepare('SELECT 1 FROM clients WHERE id = ?').get(clientId)) return null;
  if (ctx.db.prepare(`SELECT 1 FROM cases c WHERE c.client_id = @client AND ${ownCase()} LIMIT 1`).get({ client: clientId, own: workerId })) return true;
  return Boolean(
    ctx.db
      .prepare(`SELECT 1 FROM change_log WHERE entity = 'client' AND entity_id = ? AND action = 'create' AND actor_id = ? LIMIT 1`)
      .get(clientId, workerId),
  );
}
