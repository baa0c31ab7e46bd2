import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BRIDGE_GLOBAL } from '../../shared/bridge';
import { channelNames } from '../../shared/contract';

/**
 * electron/preload.ts itself, run against a stand-in `electron` module: what the page can
 * reach is exactly what `contextBridge.exposeInMainWorld` receives (checklist item 20 —
 * no Electron API handed to web content).
 */
const h = vi.hoisted(() => ({
  exposed: [] as Array<[string, unknown]>,
  invoked: [] as Array<unknown[]>,
}));
vi.mock('electron', () => {
  const ipcRenderer = {
    invoke: (...args: unknown[]) => {
      h.invoked.push(args);
      return Promise.resolve({ ok: true, value: null });
    },
    send: () => {},
    on: () => {},
  };
  return {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => h.exposed.push([key, api]) },
    ipcRenderer,
  };
});

beforeEach(() => {
  h.exposed.length = 0;
  h.invoked.length = 0;
  vi.resetModules();
});

describe('preload (contextBridge)', () => {
  it('exposes one global, window.pendamping, holding only one function per channel', async () => {
    await import('../../electron/preload');
    expect(h.exposed.map(([key]) => key)).toEqual([BRIDGE_GLOBAL]);
    const api = h.exposed[0][1] as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual([...channelNames].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('hands the page neither ipcRenderer nor any of its methods', async () => {
    const electron = await import('electron');
    await import('../../electron/preload');
    const api = h.exposed[0][1] as Record<string, unknown>;
    const ipc = electron.ipcRenderer as unknown as Record<string, unknown>;
    const values = Object.values(api);
    expect(values).not.toContain(ipc);
    for (const method of ['invoke', 'send', 'on']) expect(values).not.toContain(ipc[method]);
    for (const name of ['invoke', 'send', 'on', 'ipcRenderer', 'require', 'process']) expect(api).not.toHaveProperty(name);
  });

  it('lets a page function call only its own channel, with the input as given', async () => {
    await import('../../electron/preload');
    const api = h.exposed[0][1] as Record<string, (input: unknown) => Promise<unknown>>;
    await api['workers:list']({ channel: 'backups:restore' });
    expect(h.invoked).toEqual([['workers:list', { channel: 'backups:restore' }]]);
  });
});
