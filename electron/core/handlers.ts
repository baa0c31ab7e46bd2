import type { ChannelName, ChannelParsed, ChannelResult } from '../../shared/contract';
import type { CoreContext } from './context';

export type Handler<K extends ChannelName> = (ctx: CoreContext, input: ChannelParsed<K>) => ChannelResult<K>;
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
