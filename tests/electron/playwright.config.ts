import { defineConfig } from '@playwright/test';

/**
 * The desktop smoke test (`npm run test:electron`): Playwright's `_electron` drives the built
 * app. It needs a real Electron binary; where none exists it is skipped and says why.
 * No browser is used or downloaded here.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '*.e2e.ts',
  globalSetup: './global-setup.ts',
  timeout: 90_000,
  workers: 1,
  reporter: 'list',
  outputDir: '../../.tmp/electron-results',
});
