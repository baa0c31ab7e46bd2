import type { CoreContext } from '../context';

/** The worker profile acting now (interim: chosen, not signed in; see the protection issue). */
export function currentWorkerId(ctx: CoreContext): string | null {
  const row = ctx.db.prepare(`SELECT value FROM meta WHERE key = 'current_worker_id'`).get() as { value: string } | undefined;
  return row?.value ?? null;
}

export function setCurrentWorkerId(ctx: CoreContext, id: string): void {
  ctx.db
    .prepare(`INSERT INTO meta (key, value) VALUES ('current_worker_id', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`)
    .run(id);
}
