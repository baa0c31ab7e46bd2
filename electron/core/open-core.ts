import type { Database } from 'better-sqlite3-multiple-ciphers';
import { loadOrCreateKeyFile } from '../db/key-file';
import { ensureDataDir, openStore } from '../db/store';
import { createContext, type Clock, type Logger } from './context';
import { createCore, type Core } from './core';
import { ensureRegions } from './regions/load';
import { createChromiumPrinter } from '../print/chromium-printer';
import type { Printer } from '../print/printer';

export interface OpenCoreOptions {
  key?: Buffer;
  clock?: Clock;
  log?: Logger;
  env?: NodeJS.ProcessEnv;
  printer?: Printer;
}

/**
 * Opens a data folder for browser mode, the command line and tests: key (PENDAMPING_KEY or
 * the 0600 key file), encrypted store, migrations, region reference data, then the core.
 */
export function openCore(dataDir: string, opts: OpenCoreOptions = {}): Core & { readonly db: Database; close(): Promise<void> } {
  ensureDataDir(dataDir);
  const key = opts.key ?? loadOrCreateKeyFile(dataDir, opts.env);
  const reopen = () => {
    const db = openStore(dataDir, key);
    ensureRegions(db);
    return db;
  };
  // Chromium starts only when the first letter is printed.
  const printer = opts.printer ?? createChromiumPrinter();
  const core = createCore(createContext(reopen(), { clock: opts.clock, log: opts.log, printer, storage: { dataDir, key, reopen } }));
  return {
    ...core,
    // A restore swaps the connection: always hand out the current one.
    get db() {
      return core.ctx.db;
    },
    close: async () => {
      if (core.ctx.db.open) core.ctx.db.close();
      await printer.close();
    },
  };
}
