import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { moveIn } from '../../electron/core/backups/move';
import { readLegacyKey, writeKeyFile } from '../../electron/db/key-file';
import { openGate } from '../../electron/core/session/gate';
import { TEST_LOGIN, TEST_PASSPHRASE, addTestAccount } from '../helpers/accounts';
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
  it('from a folder with accounts, carries the keyring and not the key: the same account unlocks the same data there', async () => {
    const from = tempCore();
    await addTestAccount(from);
    const c = from.must('clients:create', SITI).client;
    from.must('cases:create', { clientId: c.id, cluster: 'anak', ppksType: 'anak_terlantar' });
    await from.close();
    const quiet = { error() {}, info() {} };
    const old = openGate(from.dir, { log: quiet, lock: false, env: {} });
    expect((await old.callAsync('session:unlock', { login: TEST_LOGIN, passphrase: TEST_PASSPHRASE })).ok).toBe(true);
    const out = await old.callAsync('backup:move-out', { password: 'pindah-ke-laptop-baru' });
    if (!out.ok) throw new Error(out.error.message);
    const sealed = Buffer.from((out.value as { dataBase64: string }).dataBase64, 'base64');
    const before = await old.callAsync('cases:list', {});
    await old.close();
    expect(sealed.includes(Buffer.from('keyring.json'))).toBe(true);
    expect(sealed.includes(Buffer.from('kunci-basis-data.txt'))).toBe(false);

    const dir = join(mkdtempSync(join(tmpdir(), 'pendamping-baru-')), 'data');
    const moved = await moveIn(dir, sealed, 'pindah-ke-laptop-baru', () => {
      throw new Error('no raw key travels');
    });
    expect(moved.accounts).toBe(true);
    expect(existsSync(join(dir, 'key'))).toBe(false);
    expect(statSync(join(dir, 'keyring.json')).mode & 0o777).toBe(0o600);
    const gate = openGate(dir, { log: quiet, lock: false, env: {} });
    try {
      expect(gate.status().state).toBe('locked');
      expect((await gate.callAsync('session:unlock', { login: TEST_LOGIN, passphrase: 'bukan frasa sandinya' })).ok).toBe(false);
      expect((await gate.callAsync('session:unlock', { login: TEST_LOGIN, passphrase: TEST_PASSPHRASE })).ok).toBe(true);
      expect(await gate.callAsync('cases:list', {})).toEqual(before);
    } finally {
      await gate.close();
      await from.cleanup();
    }
  });

  it('a sealed bundle holds no readable data and brings everything to an empty folder', async () => {
    expect(bundle.includes(Buffer.from('Siti Rahayu'))).toBe(false);
    const dir = join(mkdtempSync(join(tmpdir(), 'pendamping-baru-')), 'data');
    await moveIn(dir, bundle, 'pindah-ke-laptop-baru', (key) => writeKeyFile(dir, key));
    expect(statSync(join(dir, 'key')).mode & 0o777).toBe(0o600);
    const moved = openCore(dir, { key: readLegacyKey(dir, {})!, log: { error() {}, info() {} } });
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
