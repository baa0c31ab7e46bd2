import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, safeStorage, session, shell } from 'electron';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './app-protocol';
import { backupIfDue, createBackup } from './core/backups/backup';
import { openGate } from './core/session/gate';
import { createSenderCheck, registerIpc } from './ipc';
import { legacySecureKey } from './key/secure-key';
import { buildMenuTemplate } from './menu';
import { createElectronPrinter, PRINT_PARTITION } from './print/electron-printer';
import { APP_SCHEME, createMainWindow, hardenWebContents, lockDownSession } from './window';

/**
 * Lifecycle only: one instance, the app:// protocol, the gate (unlock) and the store, the IPC door,
 * the window, the menu, and closing the database on quit. Every decision lives in a module
 * that is tested without Electron (tests/electron/*.test.ts).
 */

// Built layout: out/main/index.js beside out/preload/ and out/renderer/.
const preloadPath = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));
const rendererDir = fileURLToPath(new URL('../renderer/', import.meta.url));
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;

// Tests and portable use: a user-data folder of one's own (must be set before `ready`).
if (process.env.PENDAMPING_USER_DATA_DIR) app.setPath('userData', process.env.PENDAMPING_USER_DATA_DIR);

let mainWindow: BrowserWindow | null = null;
let closeStore: (() => Promise<void>) | null = null;

// Reached only through electron/links.ts (http/https, right after the user's click or Enter).
const openExternal = (url: string) => shell.openExternal(url);

if (!app.requestSingleInstanceLock()) {
  // Another Pendamping owns the data folder; it gets focus (below) and this one leaves.
  app.quit();
} else {
  app.enableSandbox();
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, { devServerUrl, openExternal }));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    void closeStore?.();
    closeStore = null;
  });

  app.whenReady().then(start, fail);
}

async function start(): Promise<void> {
  try {
    lockDownSession(session.defaultSession);
    protocol.handle(APP_SCHEME, createAppProtocolHandler({ rootDir: rendererDir }));

    const userData = app.getPath('userData');
    const dataDir = join(userData, 'data');
    const printSession = session.fromPartition(PRINT_PARTITION);
    lockDownSession(printSession);
    const printer = createElectronPrinter({
      createWindow: (options) => new BrowserWindow(options),
      serve: (scheme, handler) => printSession.protocol.handle(scheme, handler),
    });
    // Starts locked (or not set up): the window unlocks through the session channels. An
    // installation from before accounts hands its OS-wrapped key to the first setup.
    const gate = openGate(dataDir, { printer, idleTimer: true, door: 'desktop', legacyKey: legacySecureKey({ dir: userData, safeStorage }) });
    // Backups need the key: only while unlocked (the hourly check catches up after an unlock).
    const backup = (onQuit: boolean) => {
      const ctx = gate.core?.ctx;
      if (!ctx) return;
      try {
        if (onQuit) createBackup(ctx);
        else backupIfDue(ctx);
      } catch (e) {
        console.error('[pendamping] backup failed', e);
      }
    };
    const daily = setInterval(() => backup(false), 3_600_000);
    closeStore = async () => {
      clearInterval(daily);
      backup(true); // an encrypted backup every time the app closes
      await gate.close();
    };

    registerIpc(ipcMain, gate, {
      isTrustedSender: createSenderCheck({ devServerUrl }),
      onRefused: (channel, origin) => console.warn(`[pendamping] refused ${channel} from ${origin}`),
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({ isPackaged: app.isPackaged, platform: process.platform })));

    mainWindow = createMainWindow({ BrowserWindow, preloadPath, isPackaged: app.isPackaged, env: process.env });
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  } catch (e) {
    fail(e);
  }
}

/** A start-up failure (folder in use, keyring) is shown plainly; nothing is created over it. */
function fail(e: unknown): void {
  console.error('[pendamping] start-up failed', e);
  const message = e instanceof Error ? e.message : String(e);
  dialog.showErrorBox('Pendamping tidak dapat dibuka', message);
  void closeStore?.();
  closeStore = null;
  app.exit(1);
}
