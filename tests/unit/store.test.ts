import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readLegacyKey } from '../../electron/db/key-file';
import { StoreOpenError } from '../../electron/db/open';
import { DB_FILE, openStore } from '../../electron/db/store';
import { openCore } from '../../electron/core/open-core';
import { SITI, TEST_KEY, tempCore } from '../helpers/temp-core';

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});

/** Every file in the folder, read as bytes: WAL and SHM included. */
const folderBytes = (dir: string) => Buffer.concat(readdirSync(dir).map((f) => readFileSync(join(dir, f))));

describe('the encrypted store', () => {
  it('keeps no plaintext of client fields or region names in any file of the data folder', () => {
    const t = tempCore();
    t.must('clients:create', { ...SITI, phone: '081234567890', address: { ...SITI.address, street: 'Jalan Kenanga Nomor Tujuh' } });
    const bytes = folderBytes(t.dir);
    t.cleanup();
    for (const secret of ['Siti Rahayu', '3374105203850001', '081234567890', 'Kenanga', 'KOTA SEMARANG', 'Tembalang', 'SQLite format 3']) {
      expect(bytes.includes(Buffer.from(secret)), `found "${secret}" in plaintext`).toBe(false);
    }
  });

  it('runs with WAL, foreign keys and synchronous=FULL', () => {
    const t = tempCore();
    cleanups.push(t.cleanup);
    expect(t.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(t.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(t.db.pragma('synchronous', { simple: true })).toBe(2); // FULL
  });

  it('refuses a wrong key with a clear message and leaves the file as it was', () => {
    const t = tempCore();
    t.must('clients:create', SITI);
    t.close();
    const file = join(t.dir, DB_FILE);
    const before = readFileSync(file);
    expect(() => openStore(t.dir, Buffer.alloc(32, 9))).toThrow(StoreOpenError);
    expect(() => openStore(t.dir, Buffer.alloc(32, 9))).toThrow(/kuncinya salah atau berkas rusak/);
    expect(readFileSync(file).equals(before)).toBe(true);
    const reopened = openCore(t.dir, { key: TEST_KEY, log: { error() {}, info() {} } });
    expect((reopened.db.prepare('SELECT count(*) AS n FROM clients').get() as { n: number }).n).toBe(1);
    reopened.close();
  });

  it('reads an old key file (tightening who may read it) and never creates one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pendamping-key-'));
    expect(readLegacyKey(dir, {})).toBeNull();
    expect(existsSync(join(dir, 'key'))).toBe(false);
    writeFileSync(join(dir, 'key'), 'cd'.repeat(32) + '\n', { mode: 0o644 });
    expect(readLegacyKey(dir, {})!.toString('hex')).toBe('cd'.repeat(32));
    expect(statSync(join(dir, 'key')).mode & 0o777).toBe(0o600);
  });

  it('takes PENDAMPING_KEY over the key file and refuses a malformed one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pendamping-key-'));
    expect(readLegacyKey(dir, { PENDAMPING_KEY: 'ab'.repeat(32) })!.toString('hex')).toBe('ab'.repeat(32));
    expect(existsSync(join(dir, 'key'))).toBe(false);
    expect(() => readLegacyKey(dir, { PENDAMPING_KEY: 'xyz' })).toThrow(/64 digit heksadesimal/);
  });

  it('refuses a key file that was tampered into a non-key', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pendamping-key-'));
    writeFileSync(join(dir, 'key'), 'not a key', { mode: 0o600 });
    expect(() => readLegacyKey(dir, {})).toThrow(/Berkas kunci/);
  });
});
