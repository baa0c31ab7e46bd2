import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL, buildWindowOptions, CONTENT_SECURITY_POLICY } from '../../electron/window';
import { WRAPPED_KEY_FILE } from '../../electron/key/secure-key';
import { openCore } from '../../electron/core/open-core';
import '../helpers/accounts'; // argon2id at its test cost
import { channelNames } from '../../shared/contract';
import type { Result } from '../../shared/result';

/**
 * electron/main.ts run against a stand-in of the `electron` module: proves the lifecycle
 * wiring (order, gate, store, IPC, window, quit) without an Electron binary. The real
 * window is covered by tests/electron/smoke.e2e.ts where a binary exists.
 */
const h = vi.hoisted(() => ({ fake: {} as Record<string, unknown> }));
vi.mock('electron', () => {
  const names = ['app', 'BrowserWindow', 'dialog', 'ipcMain', 'Menu', 'protocol', 'safeStorage', 'session', 'shell'];
  const forward = (n: string) =>
    new Proxy(function standIn() {}, {
      get: (_t, k) => (h.fake[n] as Record<PropertyKey, unknown>)[k],
      construct: (_t, args) => new (h.fake[n] as new (...a: unknown[]) => object)(...args),
    });
  return Object.fromEntries(names.map((n) => [n, forward(n)])) as never;
});

type Listener = (...args: unknown[]) => unknown;

function fakeElectron(opts: { lock?: boolean; encryption?: boolean; userData: string }) {
  let resolveReady!: () => void;
  const ready = { promise: new Promise<void>((r) => (resolveReady = r)), resolve: () => resolveReady() };
  const appListeners = new Map<string, Listener>();
  const handlers = new Map<string, Listener>();
  const protocolHandlers = new Map<string, (r: Request) => Promise<Response>>();
  const windows: Array<{ options: unknown; loaded: string[]; listeners: Map<string, Listener> }> = [];
  const lockable = () => ({ setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn(), setDevicePermissionHandler: vi.fn() });
  const printSession = { ...lockable(), protocol: { handle: vi.fn() } };
  class FakeWindow {
    loaded: string[] = [];
    listeners = new Map<string, Listener>();
    constructor(readonly options: unknown) {
      windows.push(this);
    }
    once(ev: string, fn: Listener) {
      this.listeners.set(ev, fn);
    }
    on(ev: string, fn: Listener) {
      this.listeners.set(ev, fn);
    }
    show() {}
    loadURL(url: string) {
      this.loaded.push(url);
      return Promise.resolve();
    }
  }
  const fake = {
    app: {
      isPackaged: false,
      requestSingleInstanceLock: () => opts.lock ?? true,
      quit: vi.fn(),
      exit: vi.fn(),
      enableSandbox: vi.fn(),
      setPath: vi.fn(),
      getPath: (name: string) => (name === 'userData' ? opts.userData : tmpdir()),
      on: (ev: string, fn: Listener) => appListeners.set(ev, fn),
      whenReady: () => ready.promise,
    },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(),
      handle: vi.fn((scheme: string, fn: (r: Request) => Promise<Response>) => protocolHandlers.set(scheme, fn)),
    },
    session: {
      defaultSession: lockable(),
      // The letter printer's own session, serving documents from memory.
      fromPartition: vi.fn(() => printSession),
    },
    safeStorage: {
      isAsyncEncryptionAvailable: async () => opts.encryption ?? true,
      encryptStringAsync: async (s: string) => Buffer.from(s, 'utf8').reverse(),
      decryptStringAsync: async (b: Buffer) => ({ result: Buffer.from(b).reverse().toString('utf8'), shouldReEncrypt: false }),
    },
    ipcMain: {
      handle: (channel: string, fn: Listener) => handlers.set(channel, fn),
      removeHandler: (channel: string) => handlers.delete(channel),
    },
    Menu: { buildFromTemplate: vi.fn((t: unknown) => t), setApplicationMenu: vi.fn() },
    BrowserWindow: FakeWindow,
    dialog: { showErrorBox: vi.fn() },
    shell: { openExternal: vi.fn() },
  };
  return { fake, ready, appListeners, handlers, protocolHandlers, windows, printSession };
}

let userData: string;
beforeEach(() => {
  userData = mkdtempSync(join(tmpdir(), 'pendamping-main-'));
  vi.resetModules();
  vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(userData, { recursive: true, force: true });
});

async function startMain(opts: { lock?: boolean; encryption?: boolean } = {}) {
  const e = fakeElectron({ ...opts, userData });
  h.fake = e.fake;
  await import('../../electron/main');
  return e;
}

const trusted = { senderFrame: { url: 'app://pendamping/index.html', parent: null } };
const SETUP = { name: 'Ani Pratiwi', login: 'ani', passphrase: 'kopi tubruk di pagi hari' };

describe('main process lifecycle (stand-in Electron)', () => {
  it('registers the privileged app:// scheme and the sandbox before ready, and nothing else yet', async () => {
    const e = await startMain();
    expect(e.fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    ]);
    expect(e.fake.app.enableSandbox).toHaveBeenCalled();
    expect(e.fake.protocol.handle).not.toHaveBeenCalled();
    expect(e.handlers.size).toBe(0);
    expect(e.windows).toHaveLength(0);
  });

  it('on ready: serves app:// with the CSP, opens the store, registers every channel, opens one secure window', async () => {
    const e = await startMain();
    e.ready.resolve();
    await vi.waitFor(() => expect(e.windows).toHaveLength(1), { timeout: 10_000 });

    expect(e.fake.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    const serve = e.protocolHandlers.get('app')!;
    const refused = await serve(new Request('app://pendamping/..%2F..%2Fpackage.json'));
    expect(refused.status).toBe(404);
    expect(refused.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);

    expect([...e.handlers.keys()].sort()).toEqual([...channelNames].sort());
    // A new installation: no key wrapped by the OS, and nothing opens before the first admin is set up.
    expect(existsSync(join(userData, WRAPPED_KEY_FILE))).toBe(false);
    const locked = (await e.handlers.get('workers:list')!(trusted, {})) as Result<unknown>;
    expect(locked.ok || locked.error.code).toBe('LOCKED');
    const setup = (await e.handlers.get('session:setup')!(trusted, SETUP)) as Result<{ recoveryKey: string }>;
    expect(setup.ok).toBe(true);
    expect(existsSync(join(userData, 'data', 'pendamping.db'))).toBe(true);
    expect(existsSync(join(userData, 'data', 'keyring.json'))).toBe(true);

    const win = e.windows[0];
    expect(win.options).toEqual(buildWindowOptions({ preloadPath: expect.stringMatching(/preload[\\/]index\.cjs$/) as never, devTools: true }));
    expect(win.loaded).toEqual([APP_ENTRY_URL]);
    expect(e.fake.Menu.setApplicationMenu).toHaveBeenCalledOnce();

    const created = (await e.handlers.get('workers:create')!(trusted, { name: 'Ani Pratiwi', role: 'pekerja_sosial' })) as Result<unknown>;
    expect(created.ok).toBe(true);
    const forbidden = (await e.handlers.get('workers:list')!({ senderFrame: { url: 'https://evil.example/', parent: null } }, {})) as Result<unknown>;
    expect(forbidden.ok || forbidden.error.code).toBe('FORBIDDEN');
  });

  it('guards every web contents the app creates', async () => {
    const e = await startMain();
    const on = vi.fn();
    const setWindowOpenHandler = vi.fn();
    e.appListeners.get('web-contents-created')!({}, { on, setWindowOpenHandler });
    expect(on.mock.calls.map((c) => c[0]).sort()).toEqual(['before-input-event', 'input-event', 'will-attach-webview', 'will-navigate', 'will-redirect']);
    expect(setWindowOpenHandler).toHaveBeenCalledOnce();
  });

  it('hands shell.openExternal only a web link the user clicked, never a scripted or non-web one', async () => {
    const e = await startMain();
    const listeners = new Map<string, Listener>();
    let openHandler!: (d: { url: string }) => unknown;
    e.appListeners.get('web-contents-created')!(
      {},
      { on: (ev: string, fn: Listener) => listeners.set(ev, fn), setWindowOpenHandler: (fn: typeof openHandler) => (openHandler = fn) },
    );
    expect(openHandler({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    listeners.get('input-event')!({}, { type: 'mouseDown' });
    expect(openHandler({ url: 'file:///C:/Windows/System32/calc.exe' })).toEqual({ action: 'deny' });
    expect(e.fake.shell.openExternal).not.toHaveBeenCalled();
    expect(openHandler({ url: 'https://kemensos.go.id/' })).toEqual({ action: 'deny' });
    expect(e.fake.shell.openExternal.mock.calls).toEqual([['https://kemensos.go.id/']]);
  });

  it('denies every permission and device by default, on the window’s session and the printer’s', async () => {
    const e = await startMain();
    e.ready.resolve();
    await vi.waitFor(() => expect(e.windows).toHaveLength(1), { timeout: 10_000 });
    expect(e.fake.session.fromPartition).toHaveBeenCalledWith('pendamping-print');
    for (const session of [e.fake.session.defaultSession, e.printSession]) {
      const callback = vi.fn();
      session.setPermissionRequestHandler.mock.calls[0][0]({}, 'media', callback);
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
      expect(session.setPermissionCheckHandler.mock.calls[0][0](null, 'geolocation', 'app://pendamping')).toBe(false);
      expect(session.setDevicePermissionHandler.mock.calls[0][0]({ deviceType: 'usb', origin: 'app://pendamping' })).toBe(false);
    }
  });

  it('closes the database on quit, with a backup on the way out', async () => {
    const e = await startMain();
    e.ready.resolve();
    await vi.waitFor(() => expect(e.windows).toHaveLength(1), { timeout: 10_000 });
    expect(((await e.handlers.get('session:setup')!(trusted, SETUP)) as Result<unknown>).ok).toBe(true);
    e.appListeners.get('will-quit')!();
    await vi.waitFor(async () => {
      const after = (await e.handlers.get('workers:list')!(trusted, {})) as Result<unknown>;
      expect(after.ok || after.error.code).toBe('LOCKED');
    });
    expect(readdirSync(join(userData, 'data', 'cadangan')).filter((n) => n.endsWith('.pbak'))).toHaveLength(1);
  });

  it('quits at once when another instance holds the lock', async () => {
    const e = await startMain({ lock: false });
    expect(e.fake.app.quit).toHaveBeenCalled();
    expect(e.fake.protocol.registerSchemesAsPrivileged).not.toHaveBeenCalled();
    expect(e.appListeners.size).toBe(0);
  });

  it('starts a new installation without the OS keyring: passphrase unlock does not need safeStorage', async () => {
    const e = await startMain({ encryption: false });
    e.ready.resolve();
    await vi.waitFor(() => expect(e.windows).toHaveLength(1), { timeout: 10_000 });
    const status = (await e.handlers.get('session:status')!(trusted, {})) as Result<{ state: string; existingData: boolean }>;
    expect(status).toEqual({ ok: true, value: expect.objectContaining({ state: 'uninitialised', existingData: false }) });
    expect(e.fake.app.exit).not.toHaveBeenCalled();
  });

  describe('an installation from before accounts (OS-wrapped key)', () => {
    /** Data opened with a random key, wrapped the way the stand-in safeStorage wraps. */
    function oldInstallation(): { workerId: string } {
      const key = randomBytes(32);
      const core = openCore(join(userData, 'data'), { key, log: { error() {}, info() {} } });
      const w = core.invoke('workers:create', { name: 'Ani Pratiwi', role: 'pekerja_sosial' });
      if (!w.ok) throw new Error(w.error.message);
      void core.close();
      const wrapped = Buffer.from(key.toString('hex'), 'utf8').reverse().toString('base64');
      writeFileSync(join(userData, WRAPPED_KEY_FILE), JSON.stringify({ format: 'pendamping-wrapped-key', version: 1, wrapped, createdAt: new Date().toISOString() }));
      return { workerId: w.value.id };
    }

    it('setup adopts the wrapped key for the first admin (the same profile), keeps the data, and deletes the wrapped key', async () => {
      const { workerId } = oldInstallation();
      const e = await startMain();
      e.ready.resolve();
      await vi.waitFor(() => expect(e.windows).toHaveLength(1), { timeout: 10_000 });
      const status = (await e.handlers.get('session:status')!(trusted, {})) as Result<{ existingData: boolean }>;
      expect(status.ok && status.value.existingData).toBe(true);
      const setup = (await e.handlers.get('session:setup')!(trusted, SETUP)) as Result<{ status: { currentWorker: { id: string; role: string } } }>;
      expect(setup.ok && setup.value.status.currentWorker).toMatchObject({ id: workerId, role: 'admin' });
      expect(existsSync(join(userData, WRAPPED_KEY_FILE))).toBe(false);
    });

    it('without safeStorage, setup says so plainly and changes nothing', async () => {
      oldInstallation();
      const e = await startMain({ encryption: false });
      e.ready.resolve();
      await vi.waitFor(() => expect(e.windows).toHaveLength(1), { timeout: 10_000 });
      const setup = (await e.handlers.get('session:setup')!(trusted, SETUP)) as Result<unknown>;
      expect(setup.ok || setup.error.message).toMatch(/safeStorage/);
      expect(existsSync(join(userData, WRAPPED_KEY_FILE))).toBe(true);
      expect(existsSync(join(userData, 'data', 'keyring.json'))).toBe(false);
    });
  });
});
