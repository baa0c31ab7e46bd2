import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core/open-core';
import { DB_FILE } from '../../electron/db/store';
import { SITI, TEST_KEY } from '../helpers/temp-core';
import { recordFigures } from './size';

/**
 * The disk fills up while a worker saves visit notes: the save that does not fit is refused
 * with "Disk penuh", every save acknowledged before it is still there, the file is intact,
 * and once space is freed the very same save goes through.
 *
 * The disk is a real small file system (a 24 MB tmpfs) when the test may mount one (root);
 * elsewhere the store is capped with PRAGMA max_page_count, which makes SQLite answer
 * SQLITE_FULL exactly as a full disk does.
 */
const quiet = { error() {}, info() {} };
const FULL_MESSAGE = /^Disk penuh: perubahan tidak disimpan\. Kosongkan ruang disk lalu ulangi\. \(insiden \w+\)$/;

let source: string;
let dir: string;
let mounted = false;
beforeAll(async () => {
  source = mkdtempSync(join(tmpdir(), 'pendamping-full-src-'));
  const core = openCore(source, { key: TEST_KEY, log: quiet });
  await core.close();
  dir = mkdtempSync(join(tmpdir(), 'pendamping-full-'));
  // PENDAMPING_FAULTS_NO_MOUNT=1 tries the fallback where mounting would work.
  mounted = process.getuid?.() === 0 && !process.env.PENDAMPING_FAULTS_NO_MOUNT && spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=24m,mode=0700', 'tmpfs', dir]).status === 0;
  copyFileSync(join(source, DB_FILE), join(dir, DB_FILE));
});
afterAll(() => {
  if (mounted) spawnSync('umount', ['-l', dir]);
  rmSync(dir, { recursive: true, force: true });
  rmSync(source, { recursive: true, force: true });
});

/** Leaves about `bytes` free on the small file system; returns a way to free the space again. */
function fillDisk(bytes: number): () => void {
  const filler = join(dir, 'pengisi.bin');
  const { bavail, bsize } = statfsSync(dir);
  writeFileSync(filler, Buffer.alloc(Math.max(0, bavail * bsize - bytes)));
  return () => rmSync(filler, { force: true });
}

describe('a disk that fills up during saves', () => {
  it('refuses the save that does not fit with "Disk penuh", keeps every acknowledged save, and takes the same save once space is freed', async () => {
    const core = openCore(dir, { key: TEST_KEY, log: quiet });
    const caseId = (() => {
      const client = core.invoke('clients:create', SITI);
      if (!client.ok) throw new Error(client.error.message);
      const kase = core.invoke('cases:create', { clientId: client.value.client.id, cluster: 'penyandang_disabilitas', ppksType: 'penyandang_disabilitas', openedAt: '2025-01-02' });
      if (!kase.ok) throw new Error(kase.error.message);
      return kase.value.id;
    })();
    let free: () => void;
    if (mounted) free = fillDisk(1024 * 1024);
    else {
      const cap = (core.db.pragma('page_count', { simple: true }) as number) + 300;
      core.db.pragma(`max_page_count = ${cap}`);
      free = () => core.db.pragma('max_page_count = 1073741823');
    }

    const acknowledged: string[] = [];
    const visit = (i: number) => ({ caseId, type: 'kunjungan_rumah' as const, visitedAt: '2025-06-02T09:30:00+07:00', note: `Catatan ${i}: ${'klien tenang dan rutin minum obat. '.repeat(540)}`.trim() });
    let refused: { i: number; message: string } | null = null;
    for (let i = 0; i < 2000 && !refused; i++) {
      const r = core.invoke('visits:create', visit(i));
      if (r.ok) acknowledged.push(r.value.id);
      else refused = { i, message: r.error.message };
    }
    try {
      expect(refused, 'the disk never filled up').not.toBeNull();
      expect(refused!.message).toMatch(FULL_MESSAGE);
      expect(acknowledged.length).toBeGreaterThan(5);

      const present = () => (core.db.prepare(`SELECT count(*) AS n FROM visits WHERE id IN (SELECT value FROM json_each(?))`).get(JSON.stringify(acknowledged)) as { n: number }).n;
      expect(present()).toBe(acknowledged.length);
      expect(core.db.pragma('integrity_check', { simple: true })).toBe('ok');

      if (mounted) {
        // A backup asked for on the full disk says the same, and leaves no half-written file.
        const backup = await core.invokeAsync('backup:create', {});
        expect(backup.ok).toBe(false);
        if (!backup.ok) expect(backup.error.message).toMatch(FULL_MESSAGE);
        expect(readdirSync(join(dir, 'cadangan'))).toEqual([]);
      }

      free();
      const again = core.invoke('visits:create', visit(refused!.i));
      expect(again.ok, JSON.stringify(again)).toBe(true);
      if (again.ok) acknowledged.push(again.value.id);
    } finally {
      free!();
      await core.close();
    }

    // Everything is still there after closing and opening again.
    const reopened = openCore(dir, { key: TEST_KEY, log: quiet });
    try {
      expect(reopened.db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect((reopened.db.prepare(`SELECT count(*) AS n FROM visits WHERE id IN (SELECT value FROM json_each(?))`).get(JSON.stringify(acknowledged)) as { n: number }).n).toBe(acknowledged.length);
    } finally {
      await reopened.close();
    }
    recordFigures('disk-full', { disk: mounted ? 'tmpfs 24 MB' : 'max_page_count', savesBeforeFull: acknowledged.length - 1, refusedWith: refused!.message });
  });
});
