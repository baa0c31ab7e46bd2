import { describe, expect, it, vi } from 'vitest';
import {
  APP_ENTRY_URL,
  buildWindowOptions,
  CONTENT_SECURITY_POLICY,
  createMainWindow,
  createNavigationGuard,
  createWindowOpenHandler,
  denyDevicePermission,
  denyPermissionCheck,
  denyPermissionRequest,
  hardenWebContents,
  isAppUrl,
  lockDownSession,
  rendererEntryUrl,
  type CreateWindowDeps,
} from '../../electron/window';

describe('window options', () => {
  const options = buildWindowOptions({ preloadPath: '/opt/Pendamping/out/preload/index.cjs', devTools: false });
  const web = options.webPreferences!;

  it('runs the page sandboxed and isolated, without Node', () => {
    expect(web.sandbox).toBe(true);
    expect(web.contextIsolation).toBe(true);
    expect(web.nodeIntegration).toBe(false);
    expect(web.nodeIntegrationInWorker).toBe(false);
    expect(web.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on: no insecure content, no webview, no spellcheck service', () => {
    expect(web.webSecurity).toBe(true);
    expect(web.allowRunningInsecureContent).toBe(false);
    expect(web.webviewTag).toBe(false);
    expect(web.spellcheck).toBe(false);
    expect(web.navigateOnDragDrop).toBe(false);
  });

  it('turns on no experimental Chromium or Blink features', () => {
    expect(web.experimentalFeatures).toBe(false);
    expect(web.enableBlinkFeatures).toBeUndefined();
    expect(web).not.toHaveProperty('enableBlinkFeatures');
  });

  it('loads the given preload and no other', () => {
    expect(web.preload).toBe('/opt/Pendamping/out/preload/index.cjs');
  });

  it('offers developer tools only when asked (unpackaged builds)', () => {
    expect(web.devTools).toBe(false);
    expect(buildWindowOptions({ preloadPath: '/p', devTools: true }).webPreferences!.devTools).toBe(true);
  });

  it('stays hidden until the first paint', () => {
    expect(options.show).toBe(false);
  });
});

describe('content security policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name, values.join(' ')] as const;
    }),
  );

  it('is exactly the policy the security review agreed', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
    );
  });

  it('allows no inline or evaluated script and no remote origin anywhere', () => {
    expect(directives.get('script-src')).toBe("'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
    expect(directives.get('object-src')).toBe("'none'");
    expect(directives.get('frame-ancestors')).toBe("'none'");
  });
});

describe('navigation guard', () => {
  const event = () => ({ preventDefault: vi.fn() });

  it('lets the page move within app://pendamping', () => {
    const openLink = vi.fn(() => true);
    const e = event();
    createNavigationGuard({ openLink })(e, 'app://pendamping/index.html#/kasus/01J');
    expect(e.preventDefault).not.toHaveBeenCalled();
    expect(openLink).not.toHaveBeenCalled();
  });

  it.each([
    'file:///etc/passwd',
    'app://evil/index.html',
    'javascript:alert(1)',
    'data:text/html,x',
    'chrome://settings',
    'https://kemensos.go.id/',
    'https://pendamping/index.html',
    'http://localhost:5173/',
  ])('stops navigation to %s, leaving the decision to open it elsewhere to links.ts', (url) => {
    const openLink = vi.fn(() => false);
    const e = event();
    createNavigationGuard({ openLink })(e, url);
    expect(e.preventDefault).toHaveBeenCalledOnce();
    expect(openLink.mock.calls).toEqual([[url]]);
  });

  it('allows the dev server only when one is configured', () => {
    const e = event();
    createNavigationGuard({ openLink: vi.fn(() => false), devServerUrl: 'http://localhost:5173' })(e, 'http://localhost:5173/#/kasus');
    expect(e.preventDefault).not.toHaveBeenCalled();
    expect(isAppUrl('http://localhost:5173/', undefined)).toBe(false);
  });
});

describe('window-open handler', () => {
  it.each(['https://kemensos.go.id/', 'app://pendamping/index.html', 'blob:app://pendamping/0f1e', 'javascript:alert(1)', 'file:///etc/passwd', 'about:blank'])(
    'denies a new window for %s, whatever links.ts decides about the browser',
    (url) => {
      const openLink = vi.fn(() => true);
      expect(createWindowOpenHandler(openLink)({ url })).toEqual({ action: 'deny' });
      expect(openLink.mock.calls).toEqual([[url]]);
    },
  );
});

describe('permissions', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'hid', 'usb', 'serial', 'pointerLock'])(
    'denies a request for %s',
    (permission) => {
      const callback = vi.fn();
      denyPermissionRequest({} as never, permission, callback);
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
      expect(denyPermissionCheck(null, permission)).toBe(false);
    },
  );

  it('installs the request, check and device handlers on the session, each denying', () => {
    const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn(), setDevicePermissionHandler: vi.fn() };
    lockDownSession(session);
    const request = session.setPermissionRequestHandler.mock.calls[0][0] as typeof denyPermissionRequest;
    const callback = vi.fn();
    request({} as never, 'media', callback);
    expect(callback).toHaveBeenCalledExactlyOnceWith(false);
    const check = session.setPermissionCheckHandler.mock.calls[0][0] as typeof denyPermissionCheck;
    expect(check(null, 'clipboard-sanitized-write', 'app://pendamping')).toBe(false);
    const device = session.setDevicePermissionHandler.mock.calls[0][0] as typeof denyDevicePermission;
    expect(device()).toBe(false);
  });
});

/** A stand-in WebContents that records what hardenWebContents attaches and lets a test fire it. */
function fakeContents() {
  const listeners = new Map<string, (...args: unknown[]) => void>();
  let openHandler: ((d: { url: string }) => unknown) | undefined;
  const contents = {
    on: (name: string, fn: (...args: unknown[]) => void) => listeners.set(name, fn),
    setWindowOpenHandler: (fn: (d: { url: string }) => unknown) => (openHandler = fn),
  };
  const fire = (name: string, ...args: unknown[]) => listeners.get(name)!(...args);
  const prevented = (name: string, url: string) => {
    const e = { preventDefault: vi.fn() };
    fire(name, e, url);
    return e.preventDefault.mock.calls.length > 0;
  };
  return { contents, listeners, fire, prevented, open: (url: string) => openHandler!({ url }) };
}

describe('hardening every web contents', () => {
  it('attaches the input, navigation, redirect, webview and window-open guards', () => {
    const c = fakeContents();
    hardenWebContents(c.contents as never, { openExternal: vi.fn() });
    expect([...c.listeners.keys()].sort()).toEqual(['before-input-event', 'input-event', 'will-attach-webview', 'will-navigate', 'will-redirect']);
    for (const name of ['will-navigate', 'will-redirect']) expect(c.prevented(name, 'file:///etc/passwd')).toBe(true);
    const webview = { preventDefault: vi.fn() };
    c.fire('will-attach-webview', webview, {}, { src: 'https://example.org/' });
    expect(webview.preventDefault).toHaveBeenCalledOnce();
    expect(c.open('https://example.org/')).toEqual({ action: 'deny' });
  });

  it('opens nothing when the page itself asks, without a click (window.open, location, a redirect)', () => {
    const c = fakeContents();
    const openExternal = vi.fn();
    hardenWebContents(c.contents as never, { openExternal });
    expect(c.open('https://evil.example/phish')).toEqual({ action: 'deny' });
    expect(c.prevented('will-navigate', 'https://evil.example/phish')).toBe(true);
    expect(c.prevented('will-redirect', 'https://evil.example/phish')).toBe(true);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('hands a web link to the system browser once, right after the user clicks it', () => {
    let now = 1_000;
    const c = fakeContents();
    const openExternal = vi.fn();
    hardenWebContents(c.contents as never, { openExternal, now: () => now });
    c.fire('input-event', {}, { type: 'mouseMove' });
    expect(c.open('https://kemensos.go.id/')).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();

    c.fire('input-event', {}, { type: 'mouseDown' });
    now += 100;
    expect(c.open('https://kemensos.go.id/')).toEqual({ action: 'deny' });
    expect(c.open('https://kemensos.go.id/kedua')).toEqual({ action: 'deny' }); // a second popup from the same click
    expect(openExternal.mock.calls).toEqual([['https://kemensos.go.id/']]);
  });

  it('follows a focused link from the keyboard (Enter), but not from typing', () => {
    const c = fakeContents();
    const openExternal = vi.fn();
    hardenWebContents(c.contents as never, { openExternal });
    c.fire('before-input-event', { preventDefault: vi.fn() }, { type: 'keyDown', key: 'a' });
    c.fire('before-input-event', { preventDefault: vi.fn() }, { type: 'keyDown', key: ' ' });
    expect(c.prevented('will-navigate', 'https://kemensos.go.id/')).toBe(true);
    expect(openExternal).not.toHaveBeenCalled();
    c.fire('before-input-event', { preventDefault: vi.fn() }, { type: 'keyDown', key: 'Enter' });
    expect(c.prevented('will-navigate', 'https://kemensos.go.id/')).toBe(true);
    expect(openExternal.mock.calls).toEqual([['https://kemensos.go.id/']]);
  });

  it('never hands a non-web link to the system browser, even right after a click', () => {
    const c = fakeContents();
    const openExternal = vi.fn();
    hardenWebContents(c.contents as never, { openExternal });
    for (const url of ['file:///C:/Windows/System32/calc.exe', 'ms-msdt:/id PCWDiagnostic', 'smb://server/share', 'javascript:alert(1)']) {
      c.fire('input-event', {}, { type: 'mouseDown' });
      c.open(url);
      c.prevented('will-navigate', url);
    }
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('keeps each window’s clicks to itself', () => {
    const a = fakeContents();
    const b = fakeContents();
    const openExternal = vi.fn();
    hardenWebContents(a.contents as never, { openExternal });
    hardenWebContents(b.contents as never, { openExternal });
    a.fire('input-event', {}, { type: 'mouseDown' });
    b.open('https://evil.example/');
    expect(openExternal).not.toHaveBeenCalled();
  });
});

describe('renderer entry', () => {
  it('loads the bundled files over app:// in a packaged app, whatever the environment says', () => {
    expect(rendererEntryUrl({ isPackaged: true, env: { ELECTRON_RENDERER_URL: 'http://localhost:5173' } })).toBe(APP_ENTRY_URL);
    expect(APP_ENTRY_URL).toBe('app://pendamping/index.html');
  });

  it('loads the dev server while developing, and app:// when none runs', () => {
    expect(rendererEntryUrl({ isPackaged: false, env: { ELECTRON_RENDERER_URL: 'http://localhost:5173' } })).toBe('http://localhost:5173');
    expect(rendererEntryUrl({ isPackaged: false, env: {} })).toBe(APP_ENTRY_URL);
  });

  it('creates the window with the secure options and loads the entry', () => {
    const created: Array<{ options: unknown; loaded: string[] }> = [];
    class FakeWindow {
      loaded: string[] = [];
      constructor(readonly options: unknown) {
        created.push(this);
      }
      once() {}
      show() {}
      loadURL(url: string) {
        this.loaded.push(url);
        return Promise.resolve();
      }
    }
    createMainWindow({ BrowserWindow: FakeWindow as unknown as CreateWindowDeps['BrowserWindow'], preloadPath: '/p.cjs', isPackaged: true, env: {} });
    expect(created).toHaveLength(1);
    expect(created[0].options).toEqual(buildWindowOptions({ preloadPath: '/p.cjs', devTools: false }));
    expect(created[0].loaded).toEqual([APP_ENTRY_URL]);
  });
});
