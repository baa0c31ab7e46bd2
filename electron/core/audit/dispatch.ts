import { channels, isChannelName, type ChannelName } from '../../../shared/contract';
import type { Result } from '../../../shared/result';
import type { CoreContext } from '../context';
import { actionFor, eventFor } from './channels';
import { recordAudit, type AuditEvent } from './record';
import { flushUnlock } from './session';

/**
 * The dispatcher's success path: runs the handler, then records the call when channels.ts
 * says so — inside the mutation's transaction for a change (both land or neither), in its
 * own transaction after a read. A record that cannot be written fails the call: nothing
 * leaves the core unrecorded.
 */
export function withAudit(ctx: CoreContext, name: ChannelName, input: unknown, run: () => unknown): () => unknown {
  return () => {
    const value = run();
    flushUnlock(ctx); // a waiting unlock row goes first (session.ts)
    const event = eventFor(ctx, name, channels[name].mutates, input, value);
    // Opening a record is the one frequent case: it need not wait for the disk (record.ts).
    if (event) recordAudit(ctx, event, { durable: event.action !== 'buka_catatan' });
    return value;
  };
}

/**
 * The dispatcher's failure path, on every envelope that leaves it: a refusal (FORBIDDEN) is
 * recorded for any channel as `ditolak`; a missing record or a conflict on a recorded channel
 * as `galat`. Bad input (VALIDATION) changed and showed nothing and is not recorded; a locked
 * store has nowhere to write.
 */
export function recordFailure(ctx: CoreContext, name: unknown, input: unknown, result: Result<unknown>): Result<unknown> {
  if (result.ok || !isChannelName(name)) return result;
  const { code, details } = result.error;
  // Nor is an unexpected error or a store fault: a damaged or full store is not written to.
  if (code === 'VALIDATION' || code === 'LOCKED' || code === 'INTERNAL') return result;
  const mutates = channels[name].mutates;
  const event: AuditEvent | null = eventFor(ctx, name, mutates, input, null, code === 'FORBIDDEN' ? 'ditolak' : undefined);
  if (code !== 'FORBIDDEN' && !event) return result;
  try {
    recordAudit(ctx, {
      ...(event ?? { channel: name }),
      action: actionFor(name, mutates),
      outcome: code === 'FORBIDDEN' ? 'ditolak' : 'galat',
      detail: { ...event?.detail, code, ...(typeof details?.need === 'string' ? { need: details.need } : {}) },
    });
  } catch (e) {
    // The refusal stands; only its record is missing (a full disk, a closed store).
    ctx.log.error(`audit record of a failed ${name} call was not written`, e instanceof Error ? e.message : String(e));
  }
  return result;
}
