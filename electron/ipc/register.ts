import { channelNames } from '../../shared/contract';
import type { Result } from '../../shared/result';
import { isAppUrl } from '../window';

/**
 * The Electron door: one `ipcMain.handle` per channel of the contract. Each call is checked
 * for where it comes from (the sending frame must be the app's own page), then handed to the
 * core, whose envelope goes back unchanged. The core validates the input and never throws,
 * so nothing here does either. Takes stand-ins in tests (tests/electron/ipc.test.ts).
 */

/** The part of Electron's WebFrameMain that the check reads. */
export interface SenderFrameLike {
  url: string;
  /** null for a top-level frame; the app has no iframes, so a child frame is refused. */
  parent?: unknown;
}

export interface InvokeEventLike {
  /** null when the frame navigated away or was destroyed before the call arrived. */
  senderFrame: SenderFrameLike | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
}

export interface CoreLike {
  callAsync(name: unknown, input: unknown): Promise<Result<unknown>>;
}

export interface RegisterIpcOptions {
  isTrustedSender: (frame: SenderFrameLike | null) => boolean;
  /** Told about refused calls (origin only: never the input, it may hold personal data). */
  onRefused?: (channel: string, origin: string) => void;
}

export const FORBIDDEN_SENDER: Result<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'Permintaan ditolak: berasal dari halaman yang bukan milik aplikasi Pendamping.' },
};

/** Trusts only the app's top-level page: app://pendamping/…, or the dev server while developing. */
export function createSenderCheck(opts: { devServerUrl?: string } = {}) {
  return (frame: SenderFrameLike | null): boolean => {
    if (!frame || typeof frame.url !== 'string') return false;
    if (frame.parent !== undefined && frame.parent !== null) return false;
    return isAppUrl(frame.url, opts.devServerUrl);
  };
}

/** Registers every channel once; returns a function that removes them again. */
export function registerIpc(ipcMain: IpcMainLike, core: CoreLike, opts: RegisterIpcOptions): () => void {
  for (const channel of channelNames) {
    ipcMain.handle(channel, (event, input) => {
      const frame = event?.senderFrame ?? null;
      if (!opts.isTrustedSender(frame)) {
        opts.onRefused?.(channel, originOf(frame));
        return FORBIDDEN_SENDER;
      }
      return core.callAsync(channel, input);
    });
  }
  return () => {
    for (const channel of channelNames) ipcMain.removeHandler(channel);
  };
}

function originOf(frame: SenderFrameLike | null): string {
  if (!frame) return '(no frame)';
  try {
    const url = new URL(frame.url);
    return `${url.protocol}//${url.host}`;
  } catch {
    return '(unparsable url)';
  }
}
