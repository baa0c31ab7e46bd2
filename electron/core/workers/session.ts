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

export function setCurrentWorkerId(ctx: CoreContext, id: string): void {
  ctx.db
    .prepare(`INSERT INTO meta (key, value) VALUES ('current_worker_id', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`)
    .run(id);
}
