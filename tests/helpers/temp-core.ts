import type { Database } from 'better-sqlite3-multiple-ciphers';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { DB_FILE } from '../../electron/db/store';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clock } from '../../electron/core/context';
import { openCore } from '../../electron/core/open-core';
import type { Printer } from '../../electron/print/printer';
import type { ChannelInput, ChannelName, ChannelResult } from '../../shared/contract';

/** A settable clock: tests pin "today" (2026-11-28, 10:00 WIB) and move it when they need to. */
export function fixedClock(iso = '2026-11-28T03:00:00.000Z'): Clock & { set(iso: string): void } {
  let now = new Date(iso);
  return { now: () => new Date(now), set: (v) => (now = new Date(v)) };
}

export const TEST_KEY = Buffer.alloc(32, 7);

let template: string | null = null;
/**
 * Loading 90,000 regions takes half a second, so each test process builds one migrated,
 * region-filled store once and every test starts from a copy of that file.
 */
function templateDb(): string {
  if (template) return template;
  const dir = mkdtempSync(join(tmpdir(), 'pendamping-template-'));
  openCore(dir, { key: TEST_KEY, log: { error() {}, info() {} } }).close();
  template = join(dir, DB_FILE);
  return template;
}

/** A real encrypted store in a fresh temp folder, with the core on top. */
export function tempCore(opts: { clock?: ReturnType<typeof fixedClock>; key?: Buffer; printer?: Printer } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'pendamping-test-'));
  if (!opts.key || opts.key.equals(TEST_KEY)) copyFileSync(templateDb(), join(dir, DB_FILE));
  const clock = opts.clock ?? fixedClock();
  // Unexpected errors are shown when DEBUG is set; tests assert on envelopes, not logs.
  const quietLog = { error: (m: string, d?: unknown) => void (process.env.DEBUG && console.error(m, d)), info: () => {} };
  // No folder lock: tests drive one folder through several doors at once on purpose
  // (tests/faults/folder-lock.test.ts proves the lock).
  const core = openCore(dir, { key: opts.key ?? TEST_KEY, clock, log: quietLog, lock: false, printer: opts.printer });
  /** Calls a channel and fails the test with the error message when it does not succeed. */
  const must = <K extends ChannelName>(name: K, input: ChannelInput<K>): ChannelResult<K> => {
    const r = core.invoke(name, input);
    if (!r.ok) throw new Error(`${name} failed: ${r.error.code} ${r.error.message}`);
    return r.value;
  };
  /** The same for channels with slow work (printing, zipping, thumbnails). */
  const mustAsync = async <K extends ChannelName>(name: K, input: ChannelInput<K>): Promise<ChannelResult<K>> => {
    const r = await core.invokeAsync(name, input);
    if (!r.ok) throw new Error(`${name} failed: ${r.error.code} ${r.error.message}`);
    return r.value;
  };
  return {
    ...core,
    mustAsync,
    // A restore swaps the connection: read it through, never a copy taken now.
    get db(): Database {
      return core.db;
    },
    dir,
    clock,
    must,
    cleanup: async () => {
      await core.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A woman born 12 March 1985 whose NIK was issued in Tembalang, Kota Semarang. */
export const SITI = {
  name: 'Siti Rahayu',
  nik: '3374105203850001',
  sex: 'P' as const,
  birthDate: '1985-03-12',
  address: { villageCode: '33.74.10.1001' },
};

/**
 * A hash of every table's contents (the region reference data aside): "nothing changed"
 * in one comparable value. The audit trail is left out: it records refused and failed
 * attempts too, which change no data (tests/unit/audit.test.ts checks what it records).
 */
export function snapshot(db: { prepare(sql: string): { all(): unknown[] } }): string {
  const tables = (
    db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'clients_fts%' AND name <> 'regions' AND name NOT IN ('audit_log', 'audit_head') ORDER BY name`).all() as { name: string }[]
  ).map((t) => t.name);
  const hash = createHash('sha256');
  for (const t of tables) hash.update(t).update(JSON.stringify(db.prepare(`SELECT * FROM "${t}" ORDER BY 1`).all()));
  return hash.digest('hex');
}
