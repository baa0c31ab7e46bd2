import { describe, expect, it, vi } from 'vitest';
import {
  APP_ENTRY_URL,
  buildWindowOptions,
  CONTENT_SECURITY_POLICY,
  createMainWindow,
  createNavigationGuard,
  createWindowOpenHandler,
  denyPermissionCheck,
  denyPermissionRequest,
  hardenWebContents,
  isAppUrl,
  isSafeExternalUrl,
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

describe('isSafeExternalUrl', () => {
  it.each(['https://kemensos.go.id/', 'http://dinsos.semarangkota.go.id/layanan?x=1', 'https://siks.kemensos.go.id/#/masuk'])(
    'lets %s open in the system browser',
    (url) => expect(isSafeExternalUrl(url)).toBe(true),
  );

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(document.cookie)',
    'file:///etc/passwd',
    'file:///C:/Windows/System32/calc.exe',
    'data:text/html,<script>alert(1)</script>',
    'app://pendamping/index.html',
    'vbscript:msgbox(1)',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'mailto:ani@example.org',
    'https://user:pass@example.org/',
    '//example.org/',
    '',
    'not a url',
  ])('refuses %s', (url) => expect(isSafeExternalUrl(url)).toBe(false));
});

describe('navigation guard', () => {
  const event = () => ({ preventDefault: vi.fn() });

  it('lets the page move within app://pendamping', () => {
    const openExternal = vi.fn();
    const e = event();
    createNavigationGuard({ openExternal })(e, 'app://pendamping/index.html#/kasus/01J');
    expect(e.preventDefault).not.toHaveBeenCalled();
    expect(openExternal).not.toHaveBeenCalled();
  });

  it.each(['file:///etc/passwd', 'app://evil/index.html', 'javascript:alert(1)', 'data:text/html,x', 'chrome://settings'])(
    'stops navigation to %s and opens nothing',
    (url) => {
      const openExternal = vi.fn();
      const e = event();
      createNavigationGuard({ openExternal })(e, url);
      expect(e.preventDefault).toHaveBeenCalledOnce();
      expect(openExternal).not.toHaveBeenCalled();
    },
  );

  it('stops navigation to a web page and hands it to the system browser instead', () => {
    const openExternal = vi.fn();
    const e = event();
    createNavigationGuard({ openExternal })(e, 'https://kemensos.go.id/');
    expect(e.preventDefault).toHaveBeenCalledOnce();
    expect(openExternal).toHaveBeenCalledWith('https://kemensos.go.id/');
  });

  it('allows the dev server only when one is configured', () => {
    const e = event();
    createNavigationGuard({ openExternal: vi.fn(), devServerUrl: 'http://localhost:5173' })(e, 'http://localhost:5173/#/kasus');
    expect(e.preventDefault).not.toHaveBeenCalled();
    expect(isAppUrl('http://localhost:5173/', undefined)).toBe(false);
  });
});

describe('window-open handler', () => {
  it('denies every new window, opening only http(s) links in the system browser', () => {
    const openExternal = vi.fn();
    const handler = createWindowOpenHandler(openExternal);
    expect(handler({ url: 'https://kemensos.go.id/' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'app://pendamping/index.html' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://kemensos.go.id/']]);
  });
});

describe('permissions', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'hid', 'usb'])(
    'denies a request for %s',
    (permission) => {
      const callback = vi.fn();
      denyPermissionRequest({} as never, permission, callback);
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
      expect(denyPermissionCheck(null, permission)).toBe(false);
    },
  );

  it('installs both handlers on the session', () => {
    const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() };
    lockDownSession(session);
    expect(session.setPermissionRequestHandler).toHaveBeenCalledWith(denyPermissionRequest);
    expect(session.setPermissionCheckHandler).toHaveBeenCalledWith(denyPermissionCheck);
  });
});

describe('hardening every web contents', () => {
  it('attaches the navigation, redirect, webview and window-open guards', () => {
    const listeners = new Map<string, (event: { preventDefault(): void }, url?: string) => void>();
    let openHandler: ((d: { url: string }) => unknown) | undefined;
    const contents = {
      on: (name: string, fn: (event: { preventDefault(): void }, url?: string) => void) => listeners.set(name, fn),
      setWindowOpenHandler: (fn: (d: { url: string }) => unknown) => (openHandler = fn),
    };
    const openExternal = vi.fn();
    hardenWebContents(contents as never, { openExternal });
    expect([...listeners.keys()].sort()).toEqual(['will-attach-webview', 'will-navigate', 'will-redirect']);
    for (const name of ['will-navigate', 'will-redirect']) {
      const e = { preventDefault: vi.fn() };
      listeners.get(name)!(e, 'file:///etc/passwd');
      expect(e.preventDefault).toHaveBeenCalledOnce();
    }
    const webview = { preventDefault: vi.fn() };
    listeners.get('will-attach-webview')!(webview);
    expect(webview.preventDefault).toHaveBeenCalledOnce();
    expect(openHandler!({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
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
