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
import { createExternalLinkOpener, createUserActivation, type OpenExternal } from './links';

/**
 * The secure BrowserWindow factory. Everything that decides something is a pure function
 * exported for tests (tests/electron/window.test.ts); this module imports only Electron's
 * types, so it loads in plain Node. `createMainWindow` receives the Electron objects.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'pendamping';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

export { CONTENT_SECURITY_POLICY } from './csp';
export { isSafeExternalUrl, type OpenExternal } from './links';

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
      experimentalFeatures: false,
      // enableBlinkFeatures is left unset on purpose (checklist item 10).
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      devTools,
    },
  };
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

/** Hands a URL to the system browser when links.ts allows it; returns whether it did. */
export type OpenLink = (url: string) => boolean;

interface PreventableEvent {
  preventDefault(): void;
}

/**
 * `will-navigate` / `will-redirect`: the page may move within the app; anything else is
 * stopped. A web link the user followed is handed to the system browser instead, so
 * clicking a link in a note does not replace the app with a web page.
 */
export function createNavigationGuard(opts: { devServerUrl?: string; openLink: OpenLink }) {
  return (event: PreventableEvent, url: string): void => {
    if (isAppUrl(url, opts.devServerUrl)) return;
    event.preventDefault();
    opts.openLink(url);
  };
}

/** `setWindowOpenHandler`: no new Electron windows, ever; a followed web link goes to the system browser. */
export function createWindowOpenHandler(openLink: OpenLink) {
  return (details: Pick<HandlerDetails, 'url'>): WindowOpenHandlerResponse => {
    openLink(details.url);
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

/** USB, HID, serial and Bluetooth devices: none is ever handed to a page. */
export function denyDevicePermission(): boolean {
  return false;
}

export type LockableSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'>;

/**
 * Applies the deny-by-default handlers to a session (main.ts: the default one, which holds
 * the app's window, and the letter printer's own partition). Without them Electron grants
 * every permission request.
 */
export function lockDownSession(session: LockableSession): void {
  session.setPermissionRequestHandler(denyPermissionRequest);
  session.setPermissionCheckHandler(denyPermissionCheck);
  session.setDevicePermissionHandler(denyDevicePermission);
}

type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

export interface HardenOptions {
  devServerUrl?: string;
  /** `shell.openExternal`; only ever reached through links.ts. */
  openExternal: OpenExternal;
  /** The clock for the user-activation window (tests). */
  now?: () => number;
}

/**
 * Guards for every WebContents the app creates (main calls this from `web-contents-created`,
 * so a window created later cannot forget them): navigation and redirects stay in the app,
 * no new windows, no <webview>, and a link leaves for the system browser only right after
 * the user pressed the mouse or Enter in this page.
 */
export function hardenWebContents(contents: GuardedContents, opts: HardenOptions): void {
  const activation = createUserActivation(opts.now);
  const openLink = createExternalLinkOpener({ openExternal: opts.openExternal, activation });
  const guard = createNavigationGuard({ devServerUrl: opts.devServerUrl, openLink });
  contents.on('input-event', (_event, input) => activation.notePointer(input));
  contents.on('before-input-event', (_event, input) => activation.noteKey(input));
  contents.on('will-navigate', (event, url) => guard(event, url));
  contents.on('will-redirect', (event, url) => guard(event, url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(createWindowOpenHandler(openLink));
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
