import type { CoreContext } from '../context';
import { nowIso } from '../context';
import { recordAudit, waitingUnlock, type AuditDetail } from './record';

/** A failed unlock kept while the data was closed (electron/vault/keyring.ts UnlockEvent). */
interface FailedUnlock {
  at: string;
  kind: string;
  /** The account entry tried (an id), 'recovery', or null for a login with no account. */
  entry: string | null;
}

const TOKEN = /^[\p{L}\p{N}._:/+-]{1,120}$/u;

/**
 * For the unlock (session/unlock-events.ts reportUnlock). The failed attempts made while the
 * data was closed are written now, each with the time it happened and no actor (a wrong
 * passphrase proves no one's identity). The unlock itself is written with the session's first
 * row or first call that succeeds (flushUnlock), with its own time in the detail: a store
 * damaged in the middle, on which every call fails, is then left byte for byte as it was, so
 * it can still be rescued. Returns true (the gate then drops the failed attempts from the
 * keyring).
 */
export function recordUnlock(ctx: CoreContext, report: { via: string; workerId: string; failedBefore: FailedUnlock[] }): boolean {
  if (report.failedBefore.length) {
    ctx.db
      .transaction(() => {
        for (const f of report.failedBefore) {
          const detail: AuditDetail = { attemptedAt: f.at, kind: f.kind };
          if (f.entry && TOKEN.test(f.entry)) detail.entry = f.entry;
          recordAudit(ctx, { action: 'gagal_buka_kunci', channel: 'session:unlock', outcome: 'ditolak', entity: 'session', actor: { workerId: null, role: 'tidak_dikenal' }, detail });
        }
      })
      .immediate();
  }
  const role = ctx.actor.kind === 'worker' ? ctx.actor.role : 'sistem';
  waitingUnlock.set(ctx, {
    action: 'buka_kunci',
    channel: 'session:unlock',
    entity: 'session',
    actor: { workerId: report.workerId, role },
    detail: { via: report.via, unlockedAt: nowIso(ctx) },
  });
  return true;
}

/** Writes a waiting unlock row; the dispatcher calls it before anything else is recorded. */
export function flushUnlock(ctx: CoreContext): void {
  const waiting = waitingUnlock.get(ctx);
  if (!waiting) return;
  waitingUnlock.delete(ctx);
  recordAudit(ctx, waiting);
}

/**
 * For the lock, before the store closes: by hand (Kunci, Ctrl+L), after the idle time, or
 * when the door closes. A session in which nothing succeeded left no unlock row, and leaves
 * no lock row either.
 */
export function recordLock(ctx: CoreContext, reason: string): void {
  if (waitingUnlock.delete(ctx)) return;
  recordAudit(ctx, { action: 'kunci', channel: 'session:lock', entity: 'session', detail: { reason: TOKEN.test(reason) ? reason : 'lain' } });
}
