import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { snapshot, tempCore } from '../helpers/temp-core';

/**
 * A backup folder that cannot be used — a file where a folder should be, a name with a
 * character the file system refuses, a flash drive that is no longer there — is a plain
 * message to put right, never an unexpected error (the fuzz test found the NUL case).
 */
let t: ReturnType<typeof tempCore>;
beforeEach(() => {
  t = tempCore();
});
afterEach(() => t.cleanup());

describe('an unusable backup folder', () => {
  it.each([
    ['a file in its path', () => (writeFileSync(join(t.dir, 'berkas'), 'x'), join(t.dir, 'berkas', 'cadangan')), /ada berkas, bukan folder, di jalurnya/],
    ['a NUL character in its name', () => join(t.dir, 'cad\u0000angan'), /jalurnya berisi karakter yang tidak sah/],
    ['a name longer than the file system allows', () => join(t.dir, 'x'.repeat(300)), /namanya terlalu panjang/],
  ])('is refused beside the folder field when chosen: %s, and the settings stay', (_, folder, why) => {
    const before = snapshot(t.db);
    const r = t.invoke('backup:settings-update', { folder: folder(), keep: 5, daily: true });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('VALIDATION');
    expect(r.error.fields?.[0]?.path).toBe('folder');
    expect(r.error.message).toMatch(/^Folder cadangan .+ tidak dapat dipakai \(/);
    expect(r.error.message).toMatch(why);
    expect(r.error.message).not.toContain('\u0000');
    expect(snapshot(t.db)).toBe(before);
  });

  it('is named when the drive it was on is gone, for a backup, the list and a restore', async () => {
    const usb = join(t.dir, 'usb');
    mkdirSync(usb);
    t.must('backup:settings-update', { folder: join(usb, 'cadangan'), keep: 5, daily: true });
    rmSync(usb, { recursive: true });
    writeFileSync(usb, 'bukan folder'); // another drive now answers at that path
    for (const r of [await t.callAsync('backup:create', {}), t.call('backup:list', {}), t.call('backup:restore', { name: 'pendamping-20261128-030000.pbak' })]) {
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(r.error.code).toBe('CONFLICT');
      expect(r.error.message).toMatch(/tidak dapat dipakai \(ada berkas, bukan folder, di jalurnya\)\. Sambungkan lagi disknya, atau pilih folder lain di Pengaturan › Cadangan\.$/);
    }
  });
});
