import { AppError } from '../../../shared/result';
import type { CoreContext } from '../context';

/** An erased client's row is a tombstone: nothing new may be recorded about the person. */
export function assertNotErased(ctx: CoreContext, clientId: string): void {
  const row = ctx.db.prepare('SELECT erased_at AS at FROM clients WHERE id = ?').get(clientId) as { at: string | null } | undefined;
  if (row?.at) throw new AppError('CONFLICT', `Data pribadi klien ini sudah dihapus (${row.at.slice(0, 10)}); tidak ada yang dapat ditambahkan.`);
}
