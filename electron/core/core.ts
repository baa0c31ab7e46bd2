import { randomBytes } from 'node:crypto';
import { channels, isChannelName, type ChannelInput, type ChannelName, type ChannelResult } from '../../shared/contract';
import { validationError } from '../../shared/contract/validation';
import { AppError, type AppErrorBody, type Result } from '../../shared/result';
import { storeFaultMessage } from '../db/faults';
import { authorize } from './access/authorize';
import { recordFailure, withAudit } from './audit/dispatch';
import type { CoreContext } from './context';
import type { AsyncHandler, HandlerGroup, SteppedHandler } from './handlers';
import { yieldToOthers } from './jobs/registry';
import { allHandlers } from './registry';

export interface Core {
  ctx: CoreContext;
  /** The doors' entry: name and input arrive as `unknown` from outside; every channel works. */
  callAsync(name: unknown, input: unknown): Promise<Result<unknown>>;
  /** Synchronous entry for channels without slow work (tests, seeding, benchmarks). */
  call(name: unknown, input: unknown): Result<unknown>;
  /** Typed synchronous entry. */
  invoke<K extends ChannelName>(name: K, input: ChannelInput<K>): Result<ChannelResult<K>>;
  /** Typed asynchronous entry. */
  invokeAsync<K extends ChannelName>(name: K, input: ChannelInput<K>): Promise<Result<ChannelResult<K>>>;
}

/** The calls a stepped store lets in between its steps: they read no table and write nothing. */
const BETWEEN_STEPS = new Set<string>(['jobs:progress', 'jobs:cancel']);

type Resolved = { ok: false; result: Result<never> } | { ok: true; name: ChannelName; input: unknown; handler: unknown };

/**
 * The one dispatcher behind every door: check the channel name, parse the input with the
 * channel's schema, run the handler (inside one IMMEDIATE transaction when it mutates, so
 * the change and its change-log rows land together or not at all), and turn every outcome
 * into the envelope. Nothing thrown inside crosses a door.
 */
export function createCore(ctx: CoreContext, handlers: HandlerGroup = allHandlers): Core {
  const resolve = (name: unknown, input: unknown): Resolved => {
    if (!isChannelName(name)) {
      return { ok: false, result: failure({ code: 'NOT_FOUND', message: `Kanal tidak dikenal: ${String(name).slice(0, 80)}` }) };
    }
    const parsed = channels[name].input.safeParse(input);
    if (!parsed.success) return { ok: false, result: failure(validationError(parsed.error)) };
    // Roles and own cases, on every door (access/policy.ts): refused before anything is read.
    try {
      authorize(ctx, name, parsed.data);
    } catch (e) {
      return { ok: false, result: failure(toErrorBody(ctx, name, e)) };
    }
    const handler = handlers[name];
    if (!handler) return { ok: false, result: failure({ code: 'INTERNAL', message: `Kanal ${name} belum tersedia.` }) };
    return { ok: true, name, input: parsed.data, handler };
  };

  const store = (name: ChannelName, input: unknown, run: () => unknown, last?: () => void): Result<unknown> => {
    try {
      // The audit trail (audit/dispatch.ts) records the call inside the same transaction.
      const audited = withAudit(ctx, name, input, run);
      // A handler's last step (a keyring write) comes after its audit row, still inside the transaction.
      const whole = () => {
        const value = audited();
        last?.();
        return value;
      };
      return { ok: true, value: channels[name].mutates ? ctx.db.transaction(whole).immediate() : whole() };
    } catch (e) {
      return failure(toErrorBody(ctx, name, e));
    }
  };

  // While a stepped store (SteppedHandler) is between two of its steps its transaction is
  // open: any other call would read its half-written rows or write into it, so they wait.
  let held: Promise<void> | null = null;
  const waitTurn = async (name: unknown) => {
    while (held && !BETWEEN_STEPS.has(String(name))) await held;
  };

  const storeInSteps = async (name: ChannelName, input: unknown, h: SteppedHandler<ChannelName>, prepared: unknown): Promise<Result<unknown>> => {
    await waitTurn(name);
    let release = () => {};
    held = new Promise<void>((r) => (release = r));
    try {
      ctx.db.exec('BEGIN IMMEDIATE');
      try {
        authorize(ctx, name, input);
        const steps = h.steps(ctx, prepared);
        let next = steps.next();
        while (!next.done) {
          await yieldToOthers(); // progress and cancel answer here; a cancel throws from the next step
          next = steps.next();
        }
        const stored = next.value;
        const value = withAudit(ctx, name, input, () => stored)();
        ctx.db.exec('COMMIT');
        return { ok: true, value };
      } finally {
        if (ctx.db.open && ctx.db.inTransaction) ctx.db.exec('ROLLBACK');
      }
    } catch (e) {
      return failure(toErrorBody(ctx, name, e));
    } finally {
      held = null;
      release();
    }
  };

  const call = (name: unknown, input: unknown): Result<unknown> => {
    if (held && !BETWEEN_STEPS.has(String(name))) {
      // Only the synchronous entry (tests, seeding) can meet this: the doors wait their turn.
      return failure({ code: 'CONFLICT', message: 'Data sedang disimpan oleh impor; coba lagi sebentar lagi.' });
    }
    const r = resolve(name, input);
    if (!r.ok) return r.result;
    if (typeof r.handler !== 'function') {
      return failure(toErrorBody(ctx, r.name, new Error(`Channel ${r.name} is asynchronous: use callAsync.`)));
    }
    const fn = r.handler as (c: CoreContext, i: unknown) => unknown;
    return store(r.name, r.input, () => fn(ctx, r.input));
  };

  const callAsync = async (name: unknown, input: unknown): Promise<Result<unknown>> => {
    await waitTurn(name);
    const r = resolve(name, input);
    if (!r.ok) return r.result;
    if (typeof r.handler === 'function') return call(name, input);
    const h = r.handler as AsyncHandler<ChannelName> | SteppedHandler<ChannelName>;
    let prepared: unknown;
    try {
      prepared = await h.prepare(ctx, r.input as never);
    } catch (e) {
      return failure(toErrorBody(ctx, r.name, e));
    }
    if ('steps' in h) {
      try {
        return await storeInSteps(r.name, r.input, h, prepared);
      } finally {
        h.settle?.(prepared);
      }
    }
    await waitTurn(name);
    // Asked again inside the transaction: the case may have been reassigned while preparing.
    const last = h.last;
    return store(
      r.name,
      r.input,
      () => {
        authorize(ctx, r.name, r.input);
        return h.run(ctx, prepared);
      },
      last && (() => last(ctx, prepared)),
    );
  };

  // Refused and failed calls enter the audit trail here, once per call, in their own transaction.
  const audit = (name: unknown, input: unknown, result: Result<unknown>) => recordFailure(ctx, name, input, result);
  return {
    ctx,
    call: (name, input) => audit(name, input, call(name, input)),
    callAsync: async (name, input) => audit(name, input, await callAsync(name, input)),
    invoke: (name, input) => audit(name, input, call(name, input)) as Result<never>,
    invokeAsync: async (name, input) => audit(name, input, await callAsync(name, input)) as Result<never>,
  };
}

const failure = (error: AppErrorBody): Result<never> => ({ ok: false, error });

function toErrorBody(ctx: CoreContext, channel: string, e: unknown): AppErrorBody {
  if (e instanceof AppError) return e.body;
  const incidentId = randomBytes(4).toString('hex');
  // Only the error itself is logged, never the input: it may hold personal data.
  ctx.log.error(`incident ${incidentId} on ${channel}`, e instanceof Error ? e.stack ?? e.message : String(e));
  // A full disk or a damaged file is not a bug, but still INTERNAL: the user cannot fix the input.
  const fault = storeFaultMessage(e);
  return {
    code: 'INTERNAL',
    message: fault
      ? `${fault} (insiden ${incidentId})`
      : `Terjadi kesalahan tak terduga; perubahan tidak disimpan. Sebutkan kode insiden ${incidentId} kepada admin.`,
    incidentId,
  };
}
