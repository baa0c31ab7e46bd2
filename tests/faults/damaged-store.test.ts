import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core/open-core';
import { StoreOpenError } from '../../electron/db/open';
import { DB_FILE } from '../../electron/db/store';
import { SITI, TEST_KEY } from '../helpers/temp-core';
import { TEST_LOGIN, TEST_PASSPHRASE, accountEnv, addTestAccount } from '../helpers/accounts';
import { createKeyring } from '../../electron/vault/vault';
import { KEYRING_FILE, writeKeyring } from '../../electron/vault/keyring';
import { FULL } from './size';

/**
 * A wrong key, or a data file that was damaged (bytes flipped, header overwritten, file cut):
 * every door says so in plain Indonesian and leaves the file exactly as it was, so it can
 * still be rescued.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const quiet = { error() {}, info() {} };
const PAGE = 4096;
const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const REFUSED = /^Berkas data (tidak dapat dibuka: kuncinya salah atau berkas rusak|kosong \(0 bita\)).*Data tidak diubah\./;
const DAMAGED = /^Berkas data rusak: sebagian isinya tidak dapat dibaca, perubahan tidak disimpan\./;

const flip = (at: (size: number) => number, n: number) => (file: string) => {
  const b = readFileSync(file);
  const from = at(b.length);
  for (let i = from; i < from + n; i++) b[i] ^= 0xa5;
  writeFileSync(file, b);
};
const cut = (to: (size: number) => number) => (file: string) => truncateSync(file, to(readFileSync(file).length));

/** How each damage shows: refused at opening, or found when the damaged part is read. */
const DAMAGES: [string, (file: string) => void, 'refused' | 'found-on-read', Buffer?][] = [
  ['a wrong key', () => {}, 'refused', Buffer.alloc(32, 9)],
  ['a damaged header', flip(() => 0, 100), 'refused'],
  ['bytes flipped in the first page', flip(() => 2000, 16), 'refused'],
  ['bytes flipped in the middle', flip((s) => Math.floor(s / 2 / PAGE) * PAGE + 1500, 16), 'found-on-read'],
  ['the file cut in half', cut((s) => Math.floor(s / 2)), 'refused'],
  ['the last page cut off', cut((s) => s - PAGE), 'refused'],
  ['the file cut to 100 bytes', cut(() => 100), 'refused'],
  ['the file cut to nothing', cut(() => 0), 'refused'],
];

let pristine: string;
let backupName: string;
let pristineDir: string;
let adminId: string;
beforeAll(async () => {
  pristineDir = mkdtempSync(join(tmpdir(), 'pendamping-damage-'));
  const core = openCore(pristineDir, { key: TEST_KEY, log: quiet });
  const client = core.invoke('clients:create', SITI);
  if (!client.ok) throw new Error(client.error.message);
  adminId = (await addTestAccount(core)).workerId;
  const backup = await core.invokeAsync('backup:create', {});
  if (!backup.ok) throw new Error(backup.error.message);
  backupName = backup.value.file.split(/[\\/]/).pop()!;
  await core.close();
  pristine = join(pristineDir, DB_FILE);
});
afterAll(() => rmSync(pristineDir, { recursive: true, force: true }));

/** A copy of the store with its backup folder, damaged. */
function damagedCopy(damage: (file: string) => void): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'pendamping-damaged-'));
  copyFileSync(pristine, join(dir, DB_FILE));
  copyFileSync(join(pristineDir, KEYRING_FILE), join(dir, KEYRING_FILE));
  cpSync(join(pristineDir, 'cadangan'), join(dir, 'cadangan'), { recursive: true });
  damage(join(dir, DB_FILE));
  return { dir, file: join(dir, DB_FILE) };
}

/** The command line unlocks with the test account, whose keyring wraps `key` (a wrong key: a keyring from elsewhere). */
const cli = async (dir: string, key: Buffer, ...args: string[]) => {
  if (!key.equals(TEST_KEY)) {
    writeKeyring(dir, (await createKeyring(key, { workerId: adminId, login: TEST_LOGIN, passphrase: TEST_PASSPHRASE }, new Date())).keyring);
  }
  return spawnSync(process.execPath, [join(root, 'bin/pendamping.mjs'), ...args, '--data-dir', dir], { cwd: root, env: accountEnv(), encoding: 'utf8' });
};

describe.each(DAMAGES)('%s', (kind, damage, shows, key = TEST_KEY) => {
  it('is said plainly by openCore and the store file is not touched', async () => {
    const { dir, file } = damagedCopy(damage);
    const before = hash(file);
    if (shows === 'refused') {
      expect(() => openCore(dir, { key, log: quiet })).toThrow(StoreOpenError);
      expect(() => openCore(dir, { key, log: quiet })).toThrow(REFUSED);
      // The folder lock was let go: the next try is refused for the damage again, not as "in use".
      expect(() => openCore(dir, { key, log: quiet })).toThrow(REFUSED);
    } else {
      const core = openCore(dir, { key, log: quiet });
      // A backup reads every page: the damage is found and named, and nothing is written.
      const r = await core.callAsync('backup:create', {});
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.message).toMatch(DAMAGED);
      await core.close();
    }
    expect(hash(file)).toBe(before);
    rmSync(dir, { recursive: true, force: true });
  });

  // Each run of the command line starts a process: a few kinds at the modest size, all at full.
  const viaCli = FULL || ['a wrong key', 'bytes flipped in the middle', 'the file cut to nothing'].includes(kind);
  it.runIf(viaCli)('is said plainly by the command line, which exits 1 and touches nothing', async () => {
    const { dir, file } = damagedCopy(damage);
    const before = hash(file);
    const r = shows === 'refused' ? await cli(dir, key, 'call', 'cases:list', '{}') : await cli(dir, key, 'backup');
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toMatch(shows === 'refused' ? REFUSED : DAMAGED);
    expect(hash(file)).toBe(before);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('a store damaged in the middle', () => {
  it('is replaced by its latest backup through the app, the damaged bytes kept aside', async () => {
    const { dir, file } = damagedCopy(DAMAGES.find(([name]) => name === 'bytes flipped in the middle')![1]);
    const damagedBytes = hash(file);
    const core = openCore(dir, { key: TEST_KEY, log: quiet });
    try {
      const r = await core.invokeAsync('backup:restore', { name: backupName });
      expect(r.ok, JSON.stringify(r)).toBe(true);
      if (r.ok) expect(hash(r.value.safetyCopy)).toBe(damagedBytes);
      expect(core.db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect((core.db.prepare('SELECT name FROM clients').get() as { name: string }).name).toBe(SITI.name);
    } finally {
      await core.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
