import { copyFileSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { restoreBackup } from '../../electron/core/backups/backup';
import { listBackups } from '../../electron/core/backups/files';
import { openCore } from '../../electron/core/open-core';
import { SITI, snapshot, tempCore } from '../helpers/temp-core';

let t: ReturnType<typeof tempCore>;
beforeEach(() => {
  t = tempCore();
  t.must('clients:create', SITI);
});
afterEach(() => t.cleanup());

describe('backups', () => {
  it('writes an encrypted copy that holds no plaintext and restores into a fresh folder with identical data', async () => {
    const b = await t.mustAsync('backup:create', {});
    expect(readFileSync(b.file).includes(Buffer.from('Siti Rahayu'))).toBe(false);
    const fresh = tempCore();
    try {
      fresh.must('clients:create', { name: 'Orang Lain', sex: 'L' });
      restoreBackup(fresh.ctx, b.file);
      const names = (fresh.db.prepare('SELECT name FROM clients').all() as { name: string }[]).map((r) => r.name);
      expect(names).toEqual(['Siti Rahayu']);
      expect(snapshot(fresh.db)).toBe(snapshot(t.db));
      // The store keeps working after the swap.
      expect(fresh.must('cases:list', { search: 'siti' }).total).toBe(0);
      expect(fresh.must('clients:create', { name: 'Budi', sex: 'L' }).client.name).toBe('Budi');
    } finally {
      await fresh.cleanup();
    }
  });

  it('keeps a safety copy of the current data before restoring', async () => {
    const b = await t.mustAsync('backup:create', {});
    t.must('clients:create', { name: 'Ditambahkan Setelah Cadangan', sex: 'P' });
    const r = t.must('backup:restore', { name: b.file.split('/').pop()! });
    const list = t.must('backup:list', {});
    expect(list.filter((x) => x.safetyCopy).map((x) => x.name)).toEqual([r.safetyCopy.split('/').pop()]);
    // The safety copy holds the client added after the backup.
    const copy = tempCore();
    copyFileSync(r.safetyCopy, join(copy.dir, 'restored.pbak'));
    restoreBackup(copy.ctx, join(copy.dir, 'restored.pbak'));
    expect((copy.db.prepare('SELECT count(*) AS n FROM clients').get() as { n: number }).n).toBe(2);
    return copy.cleanup();
  });

  it('refuses a truncated backup, a corrupted one and a foreign file, and the current data survives', async () => {
    const b = await t.mustAsync('backup:create', {});
    const before = snapshot(t.db);
    const dir = join(t.dir, 'cadangan');
    const truncated = join(dir, 'pendamping-20260101-000000.pbak');
    copyFileSync(b.file, truncated);
    truncateSync(truncated, Math.floor(readFileSync(b.file).length / 2));
    const corrupted = join(dir, 'pendamping-20260101-000001.pbak');
    const bytes = readFileSync(b.file);
    for (let i = 8192; i < 8192 + 64; i++) bytes[i] ^= 0xff;
    writeFileSync(corrupted, bytes);
    const foreign = join(dir, 'pendamping-20260101-000002.pbak');
    writeFileSync(foreign, 'bukan cadangan');
    for (const file of [truncated, corrupted, foreign]) {
      const r = t.invoke('backup:restore', { name: file.split('/').pop()! });
      expect(r.ok, file).toBe(false);
      if (!r.ok) expect(r.error.message).toMatch(/rusak, terpotong/);
      expect(snapshot(t.db)).toBe(before);
    }
  });

  it('refuses a backup made with another key', async () => {
    const other = openCore(join(t.dir, 'lain'), { key: Buffer.alloc(32, 1), log: { error() {}, info() {} } });
    const b = await other.invokeAsync('backup:create', {});
    await other.close();
    if (!b.ok) throw new Error(b.error.message);
    expect(() => restoreBackup(t.ctx, b.value.file)).toThrow(/kunci lain/);
    expect(t.must('clients:get', { id: (t.db.prepare('SELECT id FROM clients').get() as { id: string }).id }).name).toBe('Siti Rahayu');
  });

  it('refuses a backup from a newer version', async () => {
    const b = await t.mustAsync('backup:create', {});
    const newer = tempCore();
    copyFileSync(b.file, join(newer.dir, 'n.pbak'));
    restoreBackup(newer.ctx, join(newer.dir, 'n.pbak'));
    newer.db.pragma('user_version = 99');
    const out = await newer.mustAsync('backup:create', {});
    expect(() => restoreBackup(t.ctx, out.file)).toThrow(/versi Pendamping yang lebih baru/);
    return newer.cleanup();
  });

  it('only restores by name from the backup folder', () => {
    const r = t.invoke('backup:restore', { name: '../../etc/passwd' });
    expect(r.ok || r.error.fields?.[0].path).toBe('name');
  });

  it('keeps only the configured number of backups', async () => {
    t.must('backup:settings-update', { folder: null, keep: 2, daily: true });
    for (let i = 0; i < 4; i++) {
      t.clock.set(`2026-11-28T0${i}:00:00Z`);
      await t.mustAsync('backup:create', {});
    }
    expect(t.must('backup:list', {}).map((b) => b.name)).toEqual(['pendamping-20261128-030000.pbak', 'pendamping-20261128-020000.pbak']);
  });
});

describe('backup names', () => {
  it('lists two backups of the same second newest first, suffix and all', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pendamping-names-'));
    for (const n of ['pendamping-20261128-030000.pbak', 'pendamping-20261128-030000-2.pbak', 'pendamping-20261128-030000-3.pbak', 'pendamping-20261127-235959.pbak']) writeFileSync(join(dir, n), 'x');
    expect(listBackups(dir).map((b) => b.name)).toEqual([
      'pendamping-20261128-030000-3.pbak',
      'pendamping-20261128-030000-2.pbak',
      'pendamping-20261128-030000.pbak',
      'pendamping-20261127-235959.pbak',
    ]);
  });
});
