import { test as base, expect, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEST_ACCOUNT, accountEnv, api, launchWebServer, privateStatic, seed, stopServer, withNode22 } from './casework-server';

const testCost = { PENDAMPING_ARGON2_COST: 'test', NODE_ENV: 'test' };

export interface WebApp {
  /** The URL the server printed, with its `#token=…`. */
  url: string;
  dataDir: string;
}

export const test = base.extend<{ app: WebApp; seedClients: number }>({
  /** Demo clients to put in the data folder before the server starts (0: a fresh installation). */
  seedClients: [0, { option: true }],
  app: [
    async ({ seedClients }, use) => {
      const dataDir = mkdtempSync(join(tmpdir(), 'pendamping-e2e-'));
      // A seeded folder is set up with the test account and starts unlocked; a fresh one
      // starts not set up, as on a new laptop (the page or startAsNewWorker sets it up).
      if (seedClients > 0) seed(dataDir, ['--clients', String(seedClients)]);
      // From a private copy of the build: the screens load as chunks while the test runs, and
      // another run rebuilding out/renderer would take them away mid-test.
      const { url, child } = await launchWebServer(['--data-dir', dataDir, '--static', `${privateStatic()}/`], withNode22(seedClients > 0 ? accountEnv : testCost));
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
