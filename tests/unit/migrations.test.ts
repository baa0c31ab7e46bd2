import Database from 'better-sqlite3-multiple-ciphers';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatabaseTooNewError, loadMigrations, migrate } from '../../electron/db/migrate';
import { openEncrypted } from '../../electron/db/open';
import { defaultMigrationsDir } from '../../electron/db/store';
import { TEST_KEY } from '../helpers/temp-core';

const migrations = loadMigrations(defaultMigrationsDir());
const freshDb = () => openEncrypted(join(mkdtempSync(join(tmpdir(), 'pendamping-mig-')), 'm.db'), TEST_KEY);
const tables = (db: Database.Database) =>
  (db.prepare(`SELECT name FROM sqlite_master WHERE type IN ('table') ORDER BY name`).all() as { name: string }[]).map((r) => r.name);

describe('migrations', () => {
  it('are numbered 1, 2, 3 … without gaps', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
  });

  it('0001-init creates the schema on an empty file and records version 1', () => {
    const db = freshDb();
    expect(migrate(db, migrations, 1)).toBe(1);
    expect(tables(db)).toEqual(expect.arrayContaining(['cases', 'change_log', 'clients', 'counters', 'meta', 'regions', 'settings', 'workers']));
    // The FTS index follows inserts through its trigger.
    db.prepare(`INSERT INTO clients (id, name, sex, created_at, updated_at) VALUES ('a', 'Budi Santoso', 'L', 'x', 'x')`).run();
    expect(db.prepare(`SELECT rowid FROM clients_fts WHERE clients_fts MATCH '"san"*'`).all()).toHaveLength(1);
    db.close();
  });

  it('is idempotent: migrating again changes nothing', () => {
    const db = freshDb();
    migrate(db, migrations);
    const before = tables(db);
    expect(migrate(db, migrations)).toBe(migrations.length);
    expect(tables(db)).toEqual(before);
    db.close();
  });

  it('refuses a database from a newer version with a clear message and does not touch it', () => {
    const db = freshDb();
    migrate(db, migrations);
    db.pragma(`user_version = ${migrations.length + 5}`);
    expect(() => migrate(db, migrations)).toThrow(DatabaseTooNewError);
    expect(() => migrate(db, migrations)).toThrow(/versi Pendamping yang lebih baru/);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length + 5);
    db.close();
  });

  it('rolls back a migration that fails halfway, leaving the previous version', () => {
    const db = freshDb();
    const broken = [...migrations, { version: migrations.length + 1, name: 'broken', sql: 'CREATE TABLE half (x); SELECT * FROM no_such_table;' }];
    expect(() => migrate(db, broken)).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(tables(db)).not.toContain('half');
    db.close();
  });
});
