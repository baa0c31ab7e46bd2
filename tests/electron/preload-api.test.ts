import { describe, expect, it } from 'vitest';
import { createBridge } from '../../electron/ipc/preload-api';
import { channelNames } from '../../shared/contract';

describe('preload bridge (window.pendamping)', () => {
  it('exposes one named function per channel and nothing else: no invoke, no ipcRenderer', () => {
    const bridge = createBridge(async () => ({ ok: true, value: null }));
    expect(Object.keys(bridge).sort()).toEqual([...channelNames].sort());
    for (const name of channelNames) expect(typeof bridge[name]).toBe('function');
    expect(bridge).not.toHaveProperty('invoke');
    expect(bridge).not.toHaveProperty('ipcRenderer');
    expect(bridge).not.toHaveProperty('send');
  });

  it('cannot be changed by the page', () => {
    const bridge = createBridge(async () => ({ ok: true, value: null }));
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it('sends each call on its own channel with the input as given, and returns the envelope', async () => {
    const sent: Array<[string, unknown]> = [];
    const bridge = createBridge(async (channel, input) => {
      sent.push([channel, input]);
      return { ok: true, value: { channel } };
    });
    const r = await bridge['cases:list']({ query: 'siti' } as never);
    expect(r).toEqual({ ok: true, value: { channel: 'cases:list' } });
    await bridge['workers:list']({});
    expect(sent).toEqual([
      ['cases:list', { query: 'siti' }],
      ['workers:list', {}],
    ]);
  });

  it('turns a failed main process into an INTERNAL envelope instead of a rejected promise', async () => {
    const bridge = createBridge(async () => {
      throw new Error("Error invoking remote method 'workers:list': reply was never sent");
    });
    const r = await bridge['workers:list']({});
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('INTERNAL');
  });
});
