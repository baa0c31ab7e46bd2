import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests (`npm run test:e2e`): the real renderer in Debian's Chromium, talking to
 * the real core through browser mode. Each test starts its own server on a fresh data
 * folder (tests/e2e/fixtures.ts). No browser is downloaded: /usr/bin/chromium is used.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '*.spec.ts',
  globalSetup: './tests/e2e/global-setup.ts',
  fullyParallel: true,
  workers: 2,
  // One retry on CI absorbs a slow machine; a real break still fails twice and is counted.
  retries: process.env.CI ? 1 : 0,
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: 'list',
  // Two runs in one checkout must not share (and so clean away) each other's artifacts.
  outputDir: process.env.PENDAMPING_E2E_OUTPUT ?? '.tmp/e2e-results',
  use: {
    browserName: 'chromium',
    headless: true,
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    viewport: { width: 1366, height: 900 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
        '--test-type',
      ],
    },
  },
});
