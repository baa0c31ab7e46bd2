import type { Database } from 'better-sqlite3-multiple-ciphers';
import { lockDataFolder, type Door } from '../db/folder-lock';
import { ensureDataDir, openStore } from '../db/store';
import { createContext, type Clock, type Logger } from './context';
import { createCore, type Core } from './core';
import { ensureRegions } from './regions/load';
import { createChromiumPrinter } from '../print/chromium-printer';
import type { Printer } from '../print/printer';

export interface OpenCoreOptions {
  /** The raw database key: unwrapped by the gate for an account, or a test's, bench's or seed's own. */
  key: Buffer;
  clock?: Clock;
  log?: Logger;
  printer?: Printer;
  /** Who is opening, named to a second Pendamping that finds the folder taken. */
  door?: Door;
  /**
   * Take the data folder's lock (default). Tests turn it off on purpose: they drive one
   * folder through several doors at once (core, HTTP bridge, `pendamping call`).
   */
  lock?: boolean;
}

/**
 * Opens a data folder for browser mode, the command line and tests: the folder lock (one
 * Pendamping per folder), encrypted store, migrations, region reference data, then the core,
 * acting as the system actor. The doors pass the key the gate (core/session/gate.ts)
 * unwrapped for an account; tests, benchmarks and seeding pass their own raw key.
 */
export type OpenedCore = Core & { readonly db: Database; close(): Promise<void> };

export function openCore(dataDir: string, opts: OpenCoreOptions): OpenedCore {
  ensureDataDir(dataDir);
  // Before the key or the store: a folder another Pendamping has open is not touched at all.
  const lock = opts.lock === false ? null : lockDataFolder(dataDir, opts.door);
  let key: Buffer;
  let db: Database;
  try {
    key = opts.key;
    db = openFilled(dataDir, key);
  } catch (e) {
    lock?.release();
    throw e;
  }
  const reopen = () => openFilled(dataDir, key);
  // Chromium starts only when the first letter is printed.
  const printer = opts.printer ?? createChromiumPrinter();
  const core = createCore(createContext(db, { clock: opts.clock, log: opts.log, printer, storage: { dataDir, key, reopen } }));
  return {
    ...core,
    // A restore swaps the connection: always hand out the current one.
    get db() {
      return core.ctx.db;
    },
    close: async () => {
      if (core.ctx.db.open) core.ctx.db.close();
      lock?.release();
      await printer.close();
    },
  };
}

function openFilled(dataDir: string, key: Buffer): Database {
  const db = openStore(dataDir, key);
  ensureRegions(db);
  return db;
}
