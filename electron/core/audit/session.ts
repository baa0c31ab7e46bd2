import type { CoreContext } from '../context';
import { recordAudit, type AuditDetail } from './record';

/** A failed unlock kept while the data was closed (electron/vault/keyring.ts UnlockEvent). */
interface FailedUnlock {
  at: string;
  kind: string;
  /** The account entry tried (an id), 'recovery', or null for a login with no account. */
  entry: string | null;
}

const TOKEN = /^[\p{L}\p{N}._:/+-]{1,120}$/u;

/**
 * For the unlock (session/unlock-events.ts reportUnlock): the failed attempts made while the
 * data was closed — each with the time it happened, since the trail could not be written
 * then — and the unlock itself, in one transaction. The failures have no actor: a wrong
 * passphrase proves no one's identity. Returns true when recorded.
 */
export function recordUnlock(ctx: CoreContext, report: { via: string; workerId: string; failedBefore: FailedUnlock[] }): boolean {
  ctx.db
    .transaction(() => {
      for (const f of report.failedBefore) {
        const detail: AuditDetail = { attemptedAt: f.at, kind: f.kind };
        if (f.entry && TOKEN.test(f.entry)) detail.entry = f.entry;
        recordAudit(ctx, { action: 'gagal_buka_kunci', channel: 'session:unlock', outcome: 'ditolak', entity: 'session', actor: { workerId: null, role: 'tidak_dikenal' }, detail });
      }
      recordAudit(ctx, { action: 'buka_kunci', channel: 'session:unlock', entity: 'session', detail: { via: report.via } });
    })
    .immediate();
  return true;
}

/** For the lock, before the store closes: by hand (Kunci, Ctrl+L) or after the idle time. */
export function recordLock(ctx: CoreContext, reason: string): void {
  recordAudit(ctx, { action: 'kunci', channel: 'session:lock', entity: 'session', detail: { reason: TOKEN.test(reason) ? reason : 'lain' } });
}
