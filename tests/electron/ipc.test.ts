import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core/open-core';
import { createSenderCheck, FORBIDDEN_SENDER, registerIpc, type InvokeEventLike, type IpcMainLike } from '../../electron/ipc';
import { channelNames } from '../../shared/contract';
import type { Result } from '../../shared/result';

/** Behaves like Electron's ipcMain.handle: one handler per channel, a second one throws. */
class StandInIpcMain implements IpcMainLike {
  readonly handlers = new Map<string, (event: InvokeEventLike, ...args: unknown[]) => unknown>();
  readonly registrations: string[] = [];
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => unknown): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
    this.registrations.push(channel);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  /** What the renderer's `ipcRenderer.invoke(channel, input)` would get back. */
  async invoke(channel: string, event: InvokeEventLike, input?: unknown): Promise<Result<unknown>> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return (await handler(event, input)) as Result<unknown>;
  }
}

const frame = (url: string, parent: unknown = null): InvokeEventLike => ({ senderFrame: { url, parent } });
const APP_PAGE = frame('app://pendamping/index.html#/kasus');

let dir: string;
let core: ReturnType<typeof openCore>;
let coreCalls: string[];
let refused: Array<[string, string]>;
let ipc: StandInIpcMain;

const countingCore = () => ({
  callAsync: (name: unknown, input: unknown) => {
    coreCalls.push(String(name));
    return core.callAsync(name, input);
  },
});

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pendamping-ipc-'));
  core = openCore(dir, { key: Buffer.alloc(32, 3), log: { error() {}, info() {} } });
});
afterAll(() => {
  core.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  coreCalls = [];
  refused = [];
  ipc = new StandInIpcMain();
  registerIpc(ipc, countingCore(), {
    isTrustedSender: createSenderCheck(),
    onRefused: (channel, origin) => refused.push([channel, origin]),
  });
});

describe('IPC registration', () => {
  it('registers every channel of the contract exactly once, and nothing else', () => {
    expect([...ipc.registrations].sort()).toEqual([...channelNames].sort());
    expect(new Set(ipc.registrations).size).toBe(ipc.registrations.length);
  });

  it('removes every handler again, so a second registration does not collide', () => {
    const again = new StandInIpcMain();
    const unregister = registerIpc(again, countingCore(), { isTrustedSender: () => true });
    expect(() => registerIpc(again, countingCore(), { isTrustedSender: () => true })).toThrow(/second handler/);
    unregister();
    expect(again.handlers.size).toBe(0);
  });
});

describe('sender check', () => {
  const untrusted: Array<[string, InvokeEventLike]> = [
    ['a web page', frame('https://evil.example/index.html')],
    ['a local file', frame('file:///home/ani/Unduhan/jebakan.html')],
    ['another app:// host', frame('app://evil/index.html')],
    ['a look-alike host', frame('app://pendamping.evil/index.html')],
    ['a data: URL', frame('data:text/html,<script>1</script>')],
    ['about:blank', frame('about:blank')],
    ['a child frame of the app page', frame('app://pendamping/index.html', { url: 'app://pendamping/index.html' })],
    ['a destroyed frame', { senderFrame: null }],
  ];

  it.each(untrusted)('answers %s with FORBIDDEN and never calls the core', async (_label, event) => {
    const r = await ipc.invoke('clients:create', event, { name: 'Siti Rahayu' });
    expect(r).toEqual(FORBIDDEN_SENDER);
    expect(r.ok || r.error.code).toBe('FORBIDDEN');
    expect(coreCalls).toEqual([]);
    expect(refused).toHaveLength(1);
    expect(refused[0][0]).toBe('clients:create');
  });

  it('changes nothing in the database when an unknown sender tries to write', async () => {
    const before = core.call('workers:list', {});
    const r = await ipc.invoke('workers:create', frame('https://evil.example/'), { name: 'Penyusup', role: 'pekerja_sosial' });
    expect(r.ok).toBe(false);
    expect(core.call('workers:list', {})).toEqual(before);
  });

  it('reports only the origin of a refused sender, never the path or the input', async () => {
    await ipc.invoke('clients:get', frame('https://evil.example/steal?nik=3374105203850001'), { id: 'x' });
    expect(refused).toEqual([['clients:get', 'https://evil.example']]);
  });

  it('trusts the dev server only when it is configured, and only its exact host and port', () => {
    const dev = createSenderCheck({ devServerUrl: 'http://localhost:5173' });
    expect(dev({ url: 'http://localhost:5173/', parent: null })).toBe(true);
    expect(dev({ url: 'http://localhost:5174/', parent: null })).toBe(false);
    expect(dev({ url: 'https://localhost:5173/', parent: null })).toBe(false);
    expect(createSenderCheck()({ url: 'http://localhost:5173/', parent: null })).toBe(false);
  });
});

describe('a trusted sender reaches the real core', () => {
  it('gets the core envelope: a created worker is listed afterwards', async () => {
    const created = await ipc.invoke('workers:create', APP_PAGE, { name: 'Ani Pratiwi', role: 'pekerja_sosial', nip: '198501012010012001' });
    expect(created).toMatchObject({ ok: true, value: { name: 'Ani Pratiwi', nip: '198501012010012001' } });
    const list = await ipc.invoke('workers:list', APP_PAGE, {});
    expect(list.ok && list.value).toContainEqual(created.ok && created.value);
    expect(coreCalls).toEqual(['workers:create', 'workers:list']);
  });

  it('passes the input through untouched, so malformed input comes back as VALIDATION with field paths', async () => {
    const r = await ipc.invoke('workers:create', APP_PAGE, { name: '', role: 'penyihir', nip: '123' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('VALIDATION');
    expect(r.error.fields?.map((f) => f.path).sort()).toEqual(['name', 'nip', 'role']);
    expect(r).toEqual(core.call('workers:create', { name: '', role: 'penyihir', nip: '123' }));
  });

  it.each([null, [], 'x', 42])('answers malformed input %j with VALIDATION rather than throwing', async (input) => {
    const r = await ipc.invoke('workers:create', APP_PAGE, input);
    expect(r.ok || r.error.code).toBe('VALIDATION');
  });

  it('returns exactly what the core returns for a read', async () => {
    expect(await ipc.invoke('settings:get', APP_PAGE, {})).toEqual(core.call('settings:get', {}));
  });
});
