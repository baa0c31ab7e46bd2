import { defineConfig } from 'vitest/config';

/**
 * Unit, contract, Electron-glue and fault tests run in Node against real temp SQLite files
 * (the fault tests at a modest size; PENDAMPING_FAULTS=full for `npm run test:faults`).
 * Forks, not threads: the SQLite driver is a native module and each test file gets its own
 * process. End-to-end (Playwright) and benchmarks run separately.
 */
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/contract/**/*.test.ts', 'tests/electron/**/*.test.ts', 'tests/faults/**/*.test.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
