import { test as base, expect, type Page } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'node_modules', '.bin');

export interface WebApp {
  /** The URL the server printed, with its `#token=…`. */
  url: string;
  dataDir: string;
}

/**
 * Starts `electron/web/main.ts` (browser mode) on a fresh data folder and a free port, and
 * resolves with the URL it prints. Node 22 comes first on PATH: the SQLite driver needs it.
 */
async function startServer(dataDir: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(join(bin, 'tsx'), ['electron/web/main.ts', '--data-dir', dataDir, '--port', '0'], {
    cwd: root,
    env: { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH ?? ''}` },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The web server did not print its URL within 90 s:\n${output}`)), 90_000); // first start loads 90,000 regions; slow on a busy machine
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /Pendamping \(mode peramban\): (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The web server exited (${code}) before printing its URL:\n${output}`));
    });
  });
  return { url, child };
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

/** Fills a data folder with demo clients and cases through the command line door. */
function seedDataDir(dataDir: string, clients: number): void {
  const r = spawnSync(join(bin, 'tsx'), ['electron/cli/run.ts', 'seed', '--clients', String(clients), '--data-dir', dataDir], {
    cwd: root,
    env: { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH ?? ''}` },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`Seeding failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
}

export const test = base.extend<{ app: WebApp; seedClients: number }>({
  /** Demo clients to put in the data folder before the server starts (0: a fresh installation). */
  seedClients: [0, { option: true }],
  app: [
    async ({ seedClients }, use) => {
      const dataDir = mkdtempSync(join(tmpdir(), 'pendamping-e2e-'));
      if (seedClients > 0) seedDataDir(dataDir, seedClients);
      const { url, child } = await startServer(dataDir);
      try {
        await use({ url, dataDir });
      } finally {
        await stopServer(child);
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
    // Seeding a long list and starting a server can outlast a test's own budget on a busy machine.
    { timeout: 150_000 },
  ],
});

export { expect };
export type { Page };

/** Opens the app on a fresh data folder and creates the first worker profile, as a new user would. */
export async function startAsNewWorker(page: Page, app: WebApp, name = 'Rina Wulandari'): Promise<void> {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'Selamat datang di Pendamping' })).toBeVisible();
  await page.getByLabel('Nama').fill(name);
  await page.getByLabel('Jabatan').fill('Pekerja Sosial Ahli Pertama');
  await page.getByRole('button', { name: 'Buat profil dan mulai' }).click();
  await expect(page.getByRole('heading', { name: `Selamat datang, ${name}` })).toBeVisible();
}

/** A link of the main navigation (the breadcrumbs repeat some of the same names). */
export const nav = (page: Page, name: string) => page.getByRole('navigation', { name: /Navigasi utama|Main navigation/ }).getByRole('link', { name });
