import type { ChannelName, ChannelParsed, ChannelResult } from '../../shared/contract';
import type { CoreContext } from './context';

/** Most handlers are synchronous: SQLite work inside one transaction. */
export type SyncHandler<K extends ChannelName> = (ctx: CoreContext, input: ChannelParsed<K>) => ChannelResult<K>;

/**
 * A handler with slow work (image thumbnails, PDF rendering) does it in `prepare`, outside
 * any transaction, then stores in a synchronous `run` inside the transaction — a
 * better-sqlite3 transaction cannot span an await.
 */
export interface AsyncHandler<K extends ChannelName, P = unknown> {
  prepare: (ctx: CoreContext, input: ChannelParsed<K>) => Promise<P>;
  run: (ctx: CoreContext, prepared: P) => ChannelResult<K>;
  /**
   * Work outside SQLite that must happen only if the call is recorded (a keyring change): the
   * last step inside the transaction, after the audit row. If it throws, the transaction and
   * so the audit row roll back; if the audit row cannot be written, it never runs.
   */
  last?: (ctx: CoreContext, prepared: P) => void;
}

/**
 * A handler whose store is itself long (an import of 100,000 clients): `steps` stores inside
 * one transaction and yields between chunks. At each yield the core lets progress and cancel
 * calls in while every other call waits its turn, so a cancel mid-way rolls all of it back
 * and no one else's write ever lands inside the transaction. `settle` runs once the call has
 * answered, whatever happened (it ends the job that `prepare` opened).
 */
export interface SteppedHandler<K extends ChannelName, P = unknown> {
  prepare: (ctx: CoreContext, input: ChannelParsed<K>) => Promise<P>;
  steps: (ctx: CoreContext, prepared: P) => Generator<void, ChannelResult<K>, void>;
  settle?: (prepared: P) => void;
}

export type Handler<K extends ChannelName> = SyncHandler<K> | AsyncHandler<K, any> | SteppedHandler<K, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- P is private to each handler
export type HandlerTable = { [K in ChannelName]: Handler<K> };
export type HandlerGroup = Partial<HandlerTable>;

/** Joins the domains' handler groups; a channel registered twice is a programming error. */
export function joinHandlers(...groups: HandlerGroup[]): HandlerGroup {
  const table: Record<string, unknown> = {};
  for (const group of groups) {
    for (const [name, fn] of Object.entries(group)) {
      if (name in table) throw new Error(`Channel ${name} is registered twice.`);
      table[name] = fn;
    }
  }
  return table as HandlerGroup;
}
