import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, safeStorage, session, shell } from 'electron';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './app-protocol';
import { backupIfDue, createBackup } from './core/backups/backup';
import { openCore } from './core/open-core';
import { DB_FILE } from './db/store';
import { createSenderCheck, registerIpc } from './ipc';
import { loadOrCreateSecureKey } from './key/secure-key';
import { buildMenuTemplate } from './menu';
import { createElectronPrinter, PRINT_PARTITION } from './print/electron-printer';
import { APP_SCHEME, createMainWindow, hardenWebContents, lockDownSession } from './window';

/**
 * Lifecycle only: one instance, the app:// protocol, the key and the store, the IPC door,
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
    const { key, backend } = await loadOrCreateSecureKey({
      dir: userData,
      safeStorage,
      databaseFile: join(dataDir, DB_FILE),
    });
    if (backend === 'basic_text') {
      console.warn('[pendamping] No OS keyring on this Linux session: the database key is wrapped with a fixed password only.');
    }
    const printSession = session.fromPartition(PRINT_PARTITION);
    lockDownSession(printSession);
    const printer = createElectronPrinter({
      createWindow: (options) => new BrowserWindow(options),
      serve: (scheme, handler) => printSession.protocol.handle(scheme, handler),
    });
    const core = openCore(dataDir, { key, printer });
    const backup = (onQuit: boolean) => {
      try {
        if (onQuit) createBackup(core.ctx);
        else backupIfDue(core.ctx);
      } catch (e) {
        console.error('[pendamping] backup failed', e);
      }
    };
    backup(false);
    const daily = setInterval(() => backup(false), 3_600_000);
    closeStore = async () => {
      clearInterval(daily);
      backup(true); // an encrypted backup every time the app closes
      await core.close();
    };

    registerIpc(ipcMain, core, {
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

/** A start-up failure (key, store, migrations) is shown plainly; nothing is created over it. */
function fail(e: unknown): void {
  console.error('[pendamping] start-up failed', e);
  const message = e instanceof Error ? e.message : String(e);
  dialog.showErrorBox('Pendamping tidak dapat dibuka', message);
  void closeStore?.();
  closeStore = null;
  app.exit(1);
}
