import type {
  BrowserWindow as BrowserWindowType,
  BrowserWindowConstructorOptions,
  HandlerDetails,
  PermissionCheckHandlerHandlerDetails,
  PermissionRequest,
  Session,
  WebContents,
  WindowOpenHandlerResponse,
} from 'electron';

/**
 * The secure BrowserWindow factory. Everything that decides something is a pure function
 * exported for tests (tests/electron/window.test.ts); this module imports only Electron's
 * types, so it loads in plain Node. `createMainWindow` receives the Electron objects.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'pendamping';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

export { CONTENT_SECURITY_POLICY } from './csp';

export interface WindowOptionsInput {
  /** Absolute path of the bundled preload (out/preload/index.cjs). */
  preloadPath: string;
  /** Developer tools only in unpackaged builds. */
  devTools: boolean;
}

/** Electron's security checklist, as options. Nothing here may be loosened without a reason. */
export function buildWindowOptions({ preloadPath, devTools }: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Pendamping',
    backgroundColor: '#ffffff',
    autoHideMenuBar: false,
    webPreferences: {
      preload: preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      devTools,
    },
  };
}

/** Only plain web links may leave the app, and only to the system browser. */
export function isSafeExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.hostname !== '' && !parsed.username && !parsed.password;
}

/**
 * Whether a URL belongs to the app itself: app://pendamping/…, or the Vite dev server in
 * development. Compared by scheme, host and port rather than `URL.origin`, which Node
 * reports as "null" for schemes it does not know.
 */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true;
  if (!devServerUrl) return false;
  try {
    const dev = new URL(devServerUrl);
    return (dev.protocol === 'http:' || dev.protocol === 'https:') && parsed.protocol === dev.protocol && parsed.host === dev.host;
  } catch {
    return false;
  }
}

/** Where the window starts: the dev server while developing, the bundled files otherwise. */
export function rendererEntryUrl(opts: { isPackaged: boolean; env: NodeJS.ProcessEnv }): string {
  const dev = opts.env.ELECTRON_RENDERER_URL;
  return !opts.isPackaged && dev ? dev : APP_ENTRY_URL;
}

export type OpenExternal = (url: string) => unknown;

interface PreventableEvent {
  preventDefault(): void;
}

/**
 * `will-navigate` / `will-redirect`: the page may move within the app; anything else is
 * stopped. A plain web link is handed to the system browser instead, so clicking a link in
 * a note does not replace the app with a web page.
 */
export function createNavigationGuard(opts: { devServerUrl?: string; openExternal: OpenExternal }) {
  return (event: PreventableEvent, url: string): void => {
    if (isAppUrl(url, opts.devServerUrl)) return;
    event.preventDefault();
    if (isSafeExternalUrl(url)) void opts.openExternal(url);
  };
}

/** `setWindowOpenHandler`: no new Electron windows, ever; web links go to the system browser. */
export function createWindowOpenHandler(openExternal: OpenExternal) {
  return (details: Pick<HandlerDetails, 'url'>): WindowOpenHandlerResponse => {
    if (isSafeExternalUrl(details.url)) void openExternal(details.url);
    return { action: 'deny' };
  };
}

/** Camera, microphone, notifications, geolocation, clipboard reads…: the app asks for none. */
export function denyPermissionRequest(
  _webContents: WebContents,
  _permission: string,
  callback: (granted: boolean) => void,
  _details?: PermissionRequest,
): void {
  callback(false);
}

export function denyPermissionCheck(
  _webContents: WebContents | null,
  _permission: string,
  _origin?: string,
  _details?: PermissionCheckHandlerHandlerDetails,
): boolean {
  return false;
}

/** Applies the permission handlers to a session (the default one holds the app's window). */
export function lockDownSession(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>): void {
  session.setPermissionRequestHandler(denyPermissionRequest);
  session.setPermissionCheckHandler(denyPermissionCheck);
}

type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * Guards for every WebContents the app creates (main calls this from `web-contents-created`,
 * so a window created later cannot forget them).
 */
export function hardenWebContents(contents: GuardedContents, opts: { devServerUrl?: string; openExternal: OpenExternal }): void {
  const guard = createNavigationGuard(opts);
  contents.on('will-navigate', (event, url) => guard(event, url));
  contents.on('will-redirect', (event, url) => guard(event, url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(createWindowOpenHandler(opts.openExternal));
}

export interface CreateWindowDeps {
  BrowserWindow: typeof BrowserWindowType;
  preloadPath: string;
  isPackaged: boolean;
  env: NodeJS.ProcessEnv;
}

/** Creates the one main window and loads the renderer; shows it once the first paint is ready. */
export function createMainWindow(deps: CreateWindowDeps): BrowserWindowType {
  const win = new deps.BrowserWindow(buildWindowOptions({ preloadPath: deps.preloadPath, devTools: !deps.isPackaged }));
  win.once('ready-to-show', () => win.show());
  void win.loadURL(rendererEntryUrl({ isPackaged: deps.isPackaged, env: deps.env }));
  return win;
}
