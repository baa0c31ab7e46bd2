import { isChannelName, type AccessLevel, type AccessView, type ChannelName, channelNames } from '../../../shared/contract';
import { WORKER_ROLE } from '../../../shared/enums';
import type { CoreContext } from '../context';
import { forbidden, POLICY, type Rule } from './policy';
import { hasRole } from './scope';
import { lacking, type Target } from './targets';

const NOT_YOUR_CASE = 'Kasus ini bukan kasus Anda; minta koordinator untuk menugaskannya kepada Anda.';
const NOT_YOUR_CLIENT = 'Klien ini tidak termasuk kasus Anda; minta koordinator untuk menugaskan kasusnya kepada Anda.';

/**
 * The core's gate, run for every channel after its input is parsed and before its handler:
 * FORBIDDEN (with `details.need`) when the acting worker's role or ownership does not allow
 * the call. Nothing has been read for the caller, nor changed, when it refuses.
 */
export function authorize(ctx: CoreContext, name: string, input: unknown): void {
  const actor = ctx.actor;
  if (actor.kind === 'system') return;
  const rule = (isChannelName(name) ? POLICY[name] : undefined) as Rule<ChannelName> | undefined;
  if (!rule) throw forbidden('Kanal ini belum punya aturan akses, sehingga hanya dapat dipakai oleh sistem.', 'system');
  if (rule.need === 'koordinator' || rule.need === 'admin') {
    if (hasRole(actor.role, rule.need)) return;
    const who = rule.need === 'admin' ? 'admin' : 'koordinator atau admin';
    throw forbidden(`Hanya ${who} yang dapat ${rule.what ?? 'melakukan ini'}. Peran Anda: ${WORKER_ROLE.labels[actor.role]}.`, rule.need);
  }
  // Koordinator and admin see the whole office.
  if (actor.role !== 'pekerja_sosial') return;
  for (const target of (rule.targets?.(input as never) ?? []).filter((t): t is Target => Boolean(t))) {
    const lacks = lacking(ctx, actor.workerId, target);
    if (lacks) throw forbidden(lacks === 'case' ? NOT_YOUR_CASE : NOT_YOUR_CLIENT, `own_${lacks}`);
  }
  rule.check?.(ctx, input as never, actor.workerId);
}

/** What each channel allows the acting worker, for the renderer to hide what she cannot do. */
export function accessView(ctx: CoreContext): AccessView {
  const actor = ctx.actor;
  const level = (name: ChannelName): AccessLevel => {
    if (actor.kind === 'system') return 'all';
    const rule = POLICY[name] as Rule<ChannelName> | undefined;
    if (!rule) return 'none';
    if (rule.need === 'koordinator' || rule.need === 'admin') return hasRole(actor.role, rule.need) ? 'all' : 'none';
    if (rule.need === 'anyone') return 'all';
    return actor.role === 'pekerja_sosial' ? 'own' : 'all';
  };
  return {
    actor: actor.kind,
    workerId: actor.kind === 'worker' ? actor.workerId : null,
    role: actor.kind === 'worker' ? actor.role : null,
    channels: Object.fromEntries(channelNames.map((n) => [n, level(n)])),
  };
}
