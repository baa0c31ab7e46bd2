import type { CoreContext } from '../context';

/**
 * The worker acting now: the unlocked account's worker; for the system actor (tests, seed,
 * bench) the profile chosen with session:set-worker.
 */
export function currentWorkerId(ctx: CoreContext): string | null {
  if (ctx.actor.kind === 'worker') return ctx.actor.workerId;
  const row = ctx.db.prepare(`SELECT value FROM meta WHERE key = 'current_worker_id'`).get() as { value: string } | undefined;
  return row?.value ?? null;
}

/**
 * On a shared laptop an admin may act for a colleague (session:set-worker). The choice is
 * kept per admin account, as the chosen profile was before accounts, and comes back at that
 * admin's next unlock while the colleague's profile is active; returning to oneself clears it.
 */
const actingForKey = (accountWorkerId: string) => `acting_for:${accountWorkerId}`;

export function rememberActingFor(ctx: CoreContext, accountWorkerId: string, workerId: string | null): void {
  if (workerId === null) ctx.db.prepare(`DELETE FROM meta WHERE key = ?`).run(actingForKey(accountWorkerId));
  else
    ctx.db
      .prepare(`INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`)
      .run(actingForKey(accountWorkerId), workerId);
}

/** After an admin's unlock: act for the colleague chosen last time, if any (keeping the admin's role). */
export function restoreActingFor(ctx: CoreContext): void {
  const a = ctx.actor;
  if (a.kind !== 'worker' || a.role !== 'admin') return;
  const row = ctx.db.prepare(`SELECT value FROM meta WHERE key = ?`).get(actingForKey(a.workerId)) as { value: string } | undefined;
  if (!row || row.value === a.workerId) return;
  const colleague = ctx.db.prepare(`SELECT active FROM workers WHERE id = ?`).get(row.value) as { active: number } | undefined;
  if (colleague?.active === 1) ctx.actor = { kind: 'worker', workerId: row.value, role: a.role, unlockedBy: a.workerId };
}

export function setCurrentWorkerId(ctx: CoreContext, id: string): void {
  ctx.db
    .prepare(`INSERT INTO meta (key, value) VALUES ('current_worker_id', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`)
    .run(id);
}
