import { test as base, expect, type Page } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TEST_ACCOUNT, accountEnv, api, ensureInit } from './casework-server';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'node_modules', '.bin');
const testCost = { PENDAMPING_ARGON2_COST: 'test', NODE_ENV: 'test' };

export interface WebApp {
  /** The URL the server printed, with its `#token=…`. */
  url: string;
  dataDir: string;
}

/**
 * Starts `electron/web/main.ts` (browser mode) on a fresh data folder and a free port, and
 * resolves with the URL it prints. Node 22 comes first on PATH: the SQLite driver needs it.
 */
async function startServer(dataDir: string, unlocked: boolean): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(join(bin, 'tsx'), ['electron/web/main.ts', '--data-dir', dataDir, '--port', '0'], {
    cwd: root,
    env: { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`, ...(unlocked ? accountEnv : testCost) },
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
  ensureInit(dataDir);
  const r = spawnSync(join(bin, 'tsx'), ['electron/cli/run.ts', 'seed', '--clients', String(clients), '--data-dir', dataDir], {
    cwd: root,
    env: { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`, ...accountEnv },
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
      // A seeded folder is set up with the test account and starts unlocked; a fresh one
      // starts not set up, as on a new laptop (the page or startAsNewWorker sets it up).
      if (seedClients > 0) seedDataDir(dataDir, seedClients);
      const { url, child } = await startServer(dataDir, seedClients > 0);
      try {
        await use({ url, dataDir });
      } finally {
        await stopServer(child);
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
    // Setting up, seeding a long list and starting a server can outlast a test's own budget on a busy machine.
    { timeout: 210_000 },
  ],
});

export { expect };
export type { Page };

/**
 * A fresh data folder set up for `name` as its first admin (through the bridge: the setup
 * screen has its own spec, unlock.spec.ts), then the app opened, unlocked, on the home page.
 * On a folder already set up and unlocked (casework-server.ts), `name` gets a profile and
 * the test admin acts for her, as on a shared laptop.
 */
export async function startAsNewWorker(page: Page, app: WebApp, name = 'Rina Wulandari'): Promise<void> {
  const server = { url: app.url, stop: async () => {} };
  const position = 'Pekerja Sosial Ahli Pertama';
  const { state } = await api<{ state: string }>(server, 'session:status', {});
  if (state === 'uninitialised') {
    await api(server, 'session:setup', { name, position, login: TEST_ACCOUNT.login, passphrase: TEST_ACCOUNT.passphrase });
  } else {
    const worker = await api<{ id: string }>(server, 'workers:create', { name, position, role: 'pekerja_sosial' });
    await api(server, 'session:set-worker', { workerId: worker.id });
  }
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: `Selamat datang, ${name}` })).toBeVisible();
}

/** A link of the main navigation (the breadcrumbs repeat some of the same names). */
export const nav = (page: Page, name: string) => page.getByRole('navigation', { name: /Navigasi utama|Main navigation/ }).getByRole('link', { name });
