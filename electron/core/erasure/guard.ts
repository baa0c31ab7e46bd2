import { AppError } from '../../../shared/result';
import type { CoreContext } from '../context';

/** An erased client's row is a tombstone: nothing new may be recorded about the person. */
export function assertNotErased(ctx: CoreContext, clientId: string): void {
  const row = ctx.db.prepare('SELECT erased_at AS at FROM clients WHERE id = ?').get(clientId) as { at: string | null } | undefined;
  refuseErased(row?.at ?? null);
}

/** The same refusal for a caller that read the client's `erased_at` with its own row. */
export function refuseErased(erasedAt: string | null): void {
  if (erasedAt) throw new AppError('CONFLICT', `Data pribadi klien ini sudah dihapus (${erasedAt.slice(0, 10)}); tidak ada yang dapat ditambahkan.`);
}
