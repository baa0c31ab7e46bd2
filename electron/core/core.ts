import { randomBytes } from 'node:crypto';
import { channels, isChannelName, type ChannelInput, type ChannelName, type ChannelResult } from '../../shared/contract';
import { validationError } from '../../shared/contract/validation';
import { AppError, type Result } from '../../shared/result';
import type { CoreContext } from './context';
import type { HandlerGroup } from './handlers';
import { allHandlers } from './registry';

export interface Core {
  ctx: CoreContext;
  /** Untyped entry for the doors: name and input arrive as `unknown` from outside. */
  call(name: unknown, input: unknown): Result<unknown>;
  /** Typed entry for tests and in-process callers. */
  invoke<K extends ChannelName>(name: K, input: ChannelInput<K>): Result<ChannelResult<K>>;
}

/**
 * The one dispatcher behind every door: check the channel name, parse the input with the
 * channel's schema, run the handler (inside one IMMEDIATE transaction when it mutates, so
 * the change and its change-log rows land together or not at all), and turn every outcome
 * into the envelope. Nothing thrown inside crosses a door.
 */
export function createCore(ctx: CoreContext, handlers: HandlerGroup = allHandlers): Core {
  const call = (name: unknown, input: unknown): Result<unknown> => {
    if (!isChannelName(name)) {
      return { ok: false, error: { code: 'NOT_FOUND', message: `Kanal tidak dikenal: ${String(name).slice(0, 80)}` } };
    }
    const def = channels[name];
    const parsed = def.input.safeParse(input === undefined ? undefined : input);
    if (!parsed.success) return { ok: false, error: validationError(parsed.error) };
    const handler = handlers[name] as ((c: CoreContext, i: unknown) => unknown) | undefined;
    if (!handler) return { ok: false, error: { code: 'INTERNAL', message: `Kanal ${name} belum tersedia.` } };
    try {
      const run = () => handler(ctx, parsed.data);
      const value = def.mutates ? ctx.db.transaction(run).immediate() : run();
      return { ok: true, value };
    } catch (e) {
      if (e instanceof AppError) return { ok: false, error: e.body };
      return { ok: false, error: internal(ctx, name, e) };
    }
  };
  return {
    ctx,
    call,
    invoke: (name, input) => call(name, input) as Result<never>,
  };
}

function internal(ctx: CoreContext, channel: string, e: unknown) {
  const incidentId = randomBytes(4).toString('hex');
  // Only the error itself is logged, never the input: it may hold personal data.
  ctx.log.error(`incident ${incidentId} on ${channel}`, e instanceof Error ? e.stack ?? e.message : String(e));
  const diskFull = e instanceof Error && /SQLITE_FULL|database or disk is full/i.test(`${(e as { code?: string }).code} ${e.message}`);
  return {
    code: 'INTERNAL' as const,
    message: diskFull
      ? `Disk penuh: perubahan tidak disimpan. Kosongkan ruang disk lalu ulangi. (insiden ${incidentId})`
      : `Terjadi kesalahan tak terduga; perubahan tidak disimpan. Sebutkan kode insiden ${incidentId} kepada admin.`,
    incidentId,
  };
}
