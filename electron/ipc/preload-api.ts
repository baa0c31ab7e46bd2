import type { PendampingBridge } from '../../shared/bridge';
import { channelNames, type ChannelName } from '../../shared/contract';
import type { Result } from '../../shared/result';

/**
 * The renderer side of the Electron door, kept free of Electron so it is tested in Node:
 * one named async function per channel, each sending only its own channel name. The
 * preload passes `ipcRenderer.invoke` in and exposes the result; nothing raw leaves it.
 */
export type Invoke = (channel: ChannelName, input: unknown) => Promise<unknown>;

export function createBridge(invoke: Invoke): PendampingBridge {
  const entries = channelNames.map((channel) => [
    channel,
    async (input: unknown): Promise<Result<unknown>> => {
      try {
        return (await invoke(channel, input)) as Result<unknown>;
      } catch (e) {
        // Only reached if the main process itself failed (handlers return envelopes); keep
        // the renderer's promise-of-an-envelope contract rather than rejecting.
        return {
          ok: false,
          error: { code: 'INTERNAL', message: `Proses utama tidak menjawab: ${e instanceof Error ? e.message : String(e)}` },
        };
      }
    },
  ]);
  return Object.freeze(Object.fromEntries(entries)) as PendampingBridge;
}
