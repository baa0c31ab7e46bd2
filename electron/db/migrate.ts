import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3-multiple-ciphers';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Thrown when the file was written by a newer Pendamping: opening it could damage it. */
export class DatabaseTooNewError extends Error {
  constructor(readonly found: number, readonly known: number) {
    super(
      `Berkas data ini dibuat oleh versi Pendamping yang lebih baru (skema ${found}, versi ini mengenal sampai ${known}). ` +
        'Perbarui aplikasi Pendamping; data tidak diubah.',
    );
    this.name = 'DatabaseTooNewError';
  }
}

/** Reads `NNNN-name.sql` files; numbers must run 1, 2, 3 … without gaps or repeats. */
export function loadMigrations(dir: string): Migration[] {
  const files = readdirSync(dir).filter((f) => /^\d{4}-[a-z0-9-]+\.sql$/.test(f)).sort();
  return files.map((file, i) => {
    const version = Number(file.slice(0, 4));
    if (version !== i + 1) throw new Error(`Migration ${file} is out of sequence: expected ${String(i + 1).padStart(4, '0')}.`);
    return { version, name: file.slice(5, -4), sql: readFileSync(join(dir, file), 'utf8') };
  });
}

/**
 * Forward-only: applies each migration after `user_version` in its own transaction, so a
 * crash leaves the database at the last complete version. `upTo` exists for the
 * per-migration tests (migrate to N−1, insert old-shape rows, migrate to N).
 */
export function migrate(db: Database, migrations: Migration[], upTo = migrations.length): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > migrations.length) throw new DatabaseTooNewError(current, migrations.length);
  for (const m of migrations) {
    if (m.version <= current || m.version > upTo) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
  return db.pragma('user_version', { simple: true }) as number;
}
