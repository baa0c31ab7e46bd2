import { WORKER_ROLE } from '../../shared/enums';
import { AppError } from '../../shared/result';
import { hasRole } from '../core/access/scope';
import { recordAudit } from '../core/audit/record';
import type { CoreContext } from '../core/context';

/**
 * `pendamping backup` and `restore` pass no channel, so the policy's rule for backups (admin)
 * is checked here; a refusal is in the audit trail like any other.
 */
export function requireAdmin(ctx: CoreContext, command: 'backup' | 'restore'): void {
  const a = ctx.actor;
  if (a.kind !== 'worker' || hasRole(a.role, 'admin')) return;
  recordAudit(ctx, { action: command === 'restore' ? 'pulihkan' : 'cadangan', channel: `cli:${command}`, outcome: 'ditolak', entity: 'store' });
  const what = command === 'restore' ? 'memulihkan cadangan' : 'membuat cadangan';
  throw new AppError('FORBIDDEN', `Hanya admin yang dapat ${what}. Peran Anda: ${WORKER_ROLE.label(a.role)}. Data tidak diubah.`);
}
