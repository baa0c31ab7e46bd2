import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { channelNames } from '../../shared/contract';
import { findElectronBinary, skipMessage } from './electron-binary';

/**
 * The desktop app, started for real: window security as the page sees it, the preload
 * bridge, the IPC door to the core, and data that survives a restart (key unwrapped by
 * safeStorage, encrypted store). Runs only where an Electron binary exists.
 */
// The reason for a skip is printed once by global-setup.ts and kept in the skip annotation.
const binary = findElectronBinary();

const root = fileURLToPath(new URL('../..', import.meta.url));
let userData: string;
type Bridge = { pendamping: Record<string, (input: unknown) => Promise<unknown>> };

test.beforeEach(() => {
  userData = mkdtempSync(join(tmpdir(), 'pendamping-electron-'));
});
test.afterEach(() => rmSync(userData, { recursive: true, force: true }));

async function launch(): Promise<ElectronApplication> {
  if (!binary.ok) throw new Error('unreachable');
  const env = { ...process.env, PENDAMPING_USER_DATA_DIR: userData } as Record<string, string>;
  delete env.ELECTRON_RENDERER_URL;
  delete env.ELECTRON_RUN_AS_NODE;
  // `basic` keeps the run independent of a desktop keyring on CI machines.
  return electron.launch({ executablePath: binary.path, args: [root, '--password-store=basic'], env, cwd: root });
}

test.describe('desktop app (_electron)', () => {
  test.skip(!binary.ok, binary.ok ? '' : skipMessage(binary.reason));

  test('opens a sandboxed app:// window whose only door is window.pendamping', async () => {
    const app = await launch();
    try {
      const page = await app.firstWindow();
      await page.waitForLoadState('domcontentloaded');
      expect(page.url()).toMatch(/^app:\/\/pendamping\//);

      // Undocumented but long-standing; asserted when present, the options builder is unit-tested anyway.
      const prefs = await app.evaluate(({ BrowserWindow }) => {
        const contents = BrowserWindow.getAllWindows()[0].webContents as unknown as { getLastWebPreferences?: () => unknown };
        return contents.getLastWebPreferences?.() ?? null;
      });
      if (prefs) expect(prefs).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true });

      const seen = await page.evaluate(() => {
        const g = globalThis as unknown as { require?: unknown; process?: unknown; pendamping: object; open(url: string): unknown };
        return {
          require: typeof g.require,
          process: typeof g.process,
          bridge: Object.keys(g.pendamping).sort(),
          popup: g.open('https://example.org/') === null,
        };
      });
      expect(seen).toEqual({ require: 'undefined', process: 'undefined', bridge: [...channelNames].sort(), popup: true });

      const csp = await page.evaluate(async () => (await fetch('app://pendamping/index.html')).headers.get('content-security-policy'));
      expect(csp).toContain("script-src 'self'");

      const created = await page.evaluate(() =>
        (globalThis as unknown as Bridge).pendamping['workers:create']({
          name: 'Ani Pratiwi Electron',
          role: 'pekerja_sosial',
        }),
      );
      expect(created).toMatchObject({ ok: true, value: { name: 'Ani Pratiwi Electron' } });
    } finally {
      await app.close();
    }

    // Restart: the key is unwrapped again and the worker is still there.
    const again = await launch();
    try {
      const page = await again.firstWindow();
      const list = await page.evaluate(() =>
        (globalThis as unknown as Bridge).pendamping['workers:list']({}),
      );
      expect(list).toMatchObject({ ok: true, value: [{ name: 'Ani Pratiwi Electron' }] });
    } finally {
      await again.close();
    }

    // No file in the user-data folder holds the name in plaintext.
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
    for (const file of files(join(userData, 'data'))) {
      expect(readFileSync(file).includes(Buffer.from('Ani Pratiwi Electron')), file).toBe(false);
    }
  });
});
