import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { moveIn } from '../../electron/core/backups/move';
import { writeKeyFile } from '../../electron/db/key-file';
import { openCore } from '../../electron/core/open-core';
import { SITI, snapshot, tempCore } from '../helpers/temp-core';

let t: ReturnType<typeof tempCore>;
let bundle: Buffer;
beforeAll(async () => {
  t = tempCore();
  const c = t.must('clients:create', SITI).client;
  t.must('cases:create', { clientId: c.id, cluster: 'anak', ppksType: 'anak_terlantar' });
  bundle = Buffer.from((await t.mustAsync('backup:move-out', { password: 'pindah-ke-laptop-baru' })).dataBase64, 'base64');
});
afterAll(() => t.cleanup());

describe('moving to a new laptop', () => {
  it('a sealed bundle holds no readable data and brings everything to an empty folder', async () => {
    expect(bundle.includes(Buffer.from('Siti Rahayu'))).toBe(false);
    const dir = join(mkdtempSync(join(tmpdir(), 'pendamping-baru-')), 'data');
    await moveIn(dir, bundle, 'pindah-ke-laptop-baru', (key) => writeKeyFile(dir, key));
    expect(statSync(join(dir, 'key')).mode & 0o777).toBe(0o600);
    const moved = openCore(dir, { log: { error() {}, info() {} } });
    try {
      expect(snapshot(moved.db)).toBe(snapshot(t.db));
    } finally {
      await moved.close();
    }
  });

  it('refuses a wrong password and a folder that already holds data, writing nothing', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'pendamping-baru-')), 'data');
    await expect(moveIn(dir, bundle, 'kata-sandi-keliru', () => {})).rejects.toThrow('Kata sandi salah.');
    expect(existsSync(join(dir, 'pendamping.db'))).toBe(false);
    const before = readFileSync(join(t.dir, 'pendamping.db'));
    await expect(moveIn(t.dir, bundle, 'pindah-ke-laptop-baru', () => {})).rejects.toThrow(/sudah berisi data/);
    expect(readFileSync(join(t.dir, 'pendamping.db')).equals(before)).toBe(true);
  });
});
