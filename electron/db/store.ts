import type { Database } from 'better-sqlite3-multiple-ciphers';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadMigrations, migrate } from './migrate';
import { openEncrypted } from './open';
import { cacheStatements } from './statement-cache';

export const DB_FILE = 'pendamping.db';

/** Where the numbered .sql files are: beside this module in source, copied beside the bundle in builds. */
export function defaultMigrationsDir(): string {
  return process.env.PENDAMPING_MIGRATIONS_DIR ?? fileURLToPath(new URL('./migrations/', import.meta.url));
}

/** The data folder holds the only copy of clients' data: readable by its owner alone. */
export function ensureDataDir(dataDir: string): void {
  if (!existsSync(dataDir)) mkdirSync(dataDir, { recursive: true, mode: 0o700 });
}

/** Opens the data folder's store, creating folder and file on first use, and migrates it. */
export function openStore(dataDir: string, key: Buffer, migrationsDir = defaultMigrationsDir()): Database {
  ensureDataDir(dataDir);
  const db = openEncrypted(join(dataDir, DB_FILE), key);
  try {
    migrate(db, loadMigrations(migrationsDir));
  } catch (e) {
    db.close();
    throw e;
  }
  return cacheStatements(db);
}
