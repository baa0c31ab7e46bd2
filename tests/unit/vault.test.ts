import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openGate, type Gate } from '../../electron/core/session/gate';
import { openEncrypted } from '../../electron/db/open';
import { DB_FILE } from '../../electron/db/store';
import { KEYRING_FILE } from '../../electron/vault/keyring';
import type { SetupResult } from '../../shared/contract';
import { TEST_ADMIN_NAME, TEST_LOGIN, TEST_PASSPHRASE, addTestAccount } from '../helpers/accounts';
import { SITI, TEST_KEY, fixedClock, tempCore } from '../helpers/temp-core';

/**
 * Unlock and accounts through the gate, the core's door for every person: without the
 * passphrase nothing opens; with it, the same data. The clock is pinned, so the throttle's
 * waits are exact without any sleeping.
 */
const quiet = { error: () => {}, info: () => {} };
let cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function freshDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pendamping-vault-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function gateOn(dir: string, clock = fixedClock()): Gate & { clock: ReturnType<typeof fixedClock> } {
  const gate = openGate(dir, { clock, log: quiet, lock: false, env: {} });
  cleanups.push(() => gate.close());
  return Object.assign(gate, { clock });
}

async function must<T = any>(gate: Gate, channel: string, input: unknown): Promise<T> {
  const r = await gate.callAsync(channel, input);
  if (!r.ok) throw new Error(`${channel} failed: ${r.error.code} ${r.error.message}`);
  return r.value as T;
}

/** A folder with a client, set up with the test admin (raw key TEST_KEY, known to the test). */
async function folderWithClient(): Promise<{ dir: string; adminId: string }> {
  const t = tempCore();
  const { workerId } = await addTestAccount(t);
  const client = t.must('clients:create', SITI).client;
  t.must('cases:create', { clientId: client.id, cluster: 'anak', ppksType: 'anak_terlantar' });
  await t.close();
  cleanups.push(() => rmSync(t.dir, { recursive: true, force: true }));
  return { dir: t.dir, adminId: workerId };
}

const unlock = (gate: Gate, passphrase = TEST_PASSPHRASE, login = TEST_LOGIN) => gate.callAsync('session:unlock', { login, passphrase });
const fileHash = (f: string) => (existsSync(f) ? createHash('sha256').update(readFileSync(f)).digest('hex') : 'absent');
const storeHash = (dir: string) => [DB_FILE, `${DB_FILE}-wal`].map((f) => fileHash(join(dir, f))).join('/');

describe('setting up a data folder', () => {
  it('creates the first admin and a printable recovery key, keeps login names out of the keyring, and refuses a second setup', async () => {
    const dir = freshDir();
    const gate = gateOn(dir);
    expect(gate.status()).toMatchObject({ state: 'uninitialised', existingData: false });
    const setup = await must<SetupResult>(gate, 'session:setup', { name: 'Rina Wulandari', login: 'Rina.W', passphrase: 'sawah hijau di lereng merapi' });
    expect(setup.recoveryKey).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){4}$/);
    expect(setup.status).toMatchObject({ state: 'unlocked', currentWorker: { name: 'Rina Wulandari', role: 'admin' }, autoLockMinutes: 10 });

    const keyringFile = join(dir, KEYRING_FILE);
    expect(statSync(keyringFile).mode & 0o777).toBe(0o600);
    const keyring = readFileSync(keyringFile, 'utf8');
    expect(keyring.toLowerCase()).not.toContain('rina');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    const again = await gate.callAsync('session:setup', { name: 'Orang Lain', login: 'lain', passphrase: 'frasa sandi orang lain' });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/sudah disiapkan/) } });
    expect(readFileSync(keyringFile, 'utf8')).toBe(keyring);
  });

  it('answers every other channel with LOCKED before setup', async () => {
    const gate = gateOn(freshDir());
    const r = await gate.callAsync('cases:list', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'LOCKED', message: 'Folder data belum disiapkan. Buat akun admin pertama terlebih dahulu.', details: { state: 'uninitialised' } } });
  });
});

describe('unlocking', () => {
  it('opens nothing without the passphrase: every data channel is LOCKED and no file holds a name in the clear', async () => {
    const { dir } = await folderWithClient();
    const gate = gateOn(dir);
    expect(gate.status().state).toBe('locked');
    for (const channel of ['cases:list', 'workers:list', 'session:get', 'accounts:list', 'backup:create']) {
      const r = await gate.callAsync(channel, {});
      expect(r).toMatchObject({ ok: false, error: { code: 'LOCKED', details: { state: 'locked' } } });
    }
    expect(gate.core).toBeNull();
    const everything = Buffer.concat(readdirSync(dir).filter((f) => statSync(join(dir, f)).isFile()).map((f) => readFileSync(join(dir, f))));
    for (const plain of [SITI.name, SITI.nik, TEST_ADMIN_NAME, TEST_LOGIN]) expect(everything.includes(Buffer.from(plain))).toBe(false);
  });

  it('refuses a wrong passphrase or an unknown login with the same message beside the field, changing no data', async () => {
    const { dir } = await folderWithClient();
    const gate = gateOn(dir);
    const before = storeHash(dir);
    for (const r of [await unlock(gate, 'bukan frasa sandinya'), await unlock(gate, TEST_PASSPHRASE, 'tidak.ada')]) {
      expect(r).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', message: 'Nama pengguna atau frasa sandi salah.', fields: [{ path: 'passphrase', message: 'Nama pengguna atau frasa sandi salah.' }] },
      });
    }
    expect(gate.status().state).toBe('locked');
    expect(storeHash(dir)).toBe(before);
  });

  it('with the passphrase opens the same data, as the account’s worker; the login is not case-sensitive', async () => {
    const { dir, adminId } = await folderWithClient();
    const gate = gateOn(dir);
    const status = await must(gate, 'session:unlock', { login: 'ADMIN.Uji', passphrase: TEST_PASSPHRASE });
    expect(status).toMatchObject({ state: 'unlocked', currentWorker: { id: adminId, name: TEST_ADMIN_NAME } });
    expect(gate.core!.ctx.actor).toEqual({ kind: 'worker', workerId: adminId, role: 'admin' });
    expect(JSON.stringify(await must(gate, 'cases:list', {}))).toContain(SITI.name);
  });

  it('slows down repeated wrong passphrases: 1, 2, 4 s after the third, reported in the answer, kept across restarts', async () => {
    const { dir } = await folderWithClient();
    const clock = fixedClock('2026-11-28T03:00:00.000Z');
    let gate = gateOn(dir, clock);
    for (let i = 0; i < 3; i++) expect((await unlock(gate, 'salah lagi')).ok).toBe(false);
    // Even the right passphrase waits its turn.
    const waiting = await unlock(gate);
    expect(waiting).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: 'Terlalu banyak percobaan yang salah. Coba lagi dalam 1 detik.', details: { retryAfterSeconds: '1' } },
    });
    clock.set('2026-11-28T03:00:01.000Z');
    expect((await unlock(gate, 'salah lagi')).ok).toBe(false);
    expect(await unlock(gate)).toMatchObject({ ok: false, error: { details: { retryAfterSeconds: '2' } } });

    // Restarting the app does not reset the count.
    await gate.close();
    gate = gateOn(dir, clock);
    clock.set('2026-11-28T03:00:03.000Z');
    expect((await unlock(gate, 'salah lagi')).ok).toBe(false);
    expect(await unlock(gate)).toMatchObject({ ok: false, error: { message: 'Terlalu banyak percobaan yang salah. Coba lagi dalam 4 detik.' } });

    clock.set('2026-11-28T03:00:07.000Z');
    expect((await unlock(gate)).ok).toBe(true);
    const accounts = await must<{ failedAttempts: number }[]>(gate, 'accounts:list', {});
    expect(accounts[0].failedAttempts).toBe(0);
  });

  it('locks itself after the idle time set in the settings; a call after it is LOCKED until the next unlock', async () => {
    const { dir } = await folderWithClient();
    const clock = fixedClock('2026-11-28T03:00:00.000Z');
    const gate = gateOn(dir, clock);
    expect((await unlock(gate)).ok).toBe(true);
    expect(await must(gate, 'settings:security-get', {})).toEqual({ autoLockMinutes: 10 });
    await must(gate, 'settings:security-update', { autoLockMinutes: 5 });
    clock.set('2026-11-28T03:04:59.000Z');
    expect((await gate.callAsync('cases:list', {})).ok).toBe(true);
    clock.set('2026-11-28T03:09:59.000Z');
    expect(await gate.callAsync('cases:list', {})).toMatchObject({ ok: false, error: { code: 'LOCKED', details: { state: 'locked', reason: 'idle' } } });
    expect(gate.status()).toMatchObject({ state: 'locked', lockedBecause: 'idle' });
    expect(gate.core).toBeNull();
    expect((await unlock(gate)).ok).toBe(true);
    expect((await gate.callAsync('cases:list', {})).ok).toBe(true);
  });

  it('locks on request, by the button or the screen’s idle timer', async () => {
    const { dir } = await folderWithClient();
    const gate = gateOn(dir);
    expect((await unlock(gate)).ok).toBe(true);
    expect(await must(gate, 'session:lock', {})).toMatchObject({ state: 'locked', lockedBecause: 'manual' });
    expect(await gate.callAsync('cases:list', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    // The screen's own idle timer locks too, and says why.
    expect((await unlock(gate)).ok).toBe(true);
    expect(await must(gate, 'session:lock', { reason: 'idle' })).toMatchObject({ state: 'locked', lockedBecause: 'idle' });
    expect(await gate.callAsync('cases:list', {})).toMatchObject({ ok: false, error: { details: { reason: 'idle' } } });
  });
});

describe('the recovery key', () => {
  it('unlocks when the passphrase is forgotten, sets a new one, and is replaced by a new key shown once', async () => {
    const dir = freshDir();
    const gate = gateOn(dir);
    const { recoveryKey } = await must<SetupResult>(gate, 'session:setup', { name: 'Rina Wulandari', login: 'rina', passphrase: 'sawah hijau di lereng merapi' });
    await gate.lock();

    const wrong = await gate.callAsync('session:recover', { recoveryKey: 'ABCDE-FGHJK-MNPQR-STVWX-YZ012', login: 'rina', newPassphrase: 'hujan turun di bulan juni' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ path: 'recoveryKey' }] } });

    // Typed from paper: lower case, spaces instead of dashes.
    const typed = recoveryKey.toLowerCase().replace(/-/g, ' ');
    const recovered = await must<SetupResult>(gate, 'session:recover', { recoveryKey: typed, login: 'rina', newPassphrase: 'hujan turun di bulan juni' });
    expect(recovered.status).toMatchObject({ state: 'unlocked', currentWorker: { name: 'Rina Wulandari' } });
    expect(recovered.recoveryKey).not.toBe(recoveryKey);
    await gate.lock();

    expect((await unlock(gate, 'sawah hijau di lereng merapi', 'rina')).ok).toBe(false);
    expect((await unlock(gate, 'hujan turun di bulan juni', 'rina')).ok).toBe(true);
    await gate.lock();
    const reused = await gate.callAsync('session:recover', { recoveryKey, login: 'rina', newPassphrase: 'frasa sandi ketiga kali' });
    expect(reused).toMatchObject({ ok: false, error: { fields: [{ path: 'recoveryKey' }] } });
    expect((await gate.callAsync('session:recover', { recoveryKey: recovered.recoveryKey, login: 'rina', newPassphrase: 'frasa sandi ketiga kali' })).ok).toBe(true);
  });
});

describe('accounts', () => {
  it('adding and removing an account changes only the keyring: the store is not re-encrypted and its bytes stay', async () => {
    const { dir } = await folderWithClient();
    const gate = gateOn(dir);
    expect((await unlock(gate)).ok).toBe(true);
    // A koordinator sees the whole office's cases (a pekerja sosial only her own).
    const yohanes = await must<{ id: string }>(gate, 'workers:create', { name: 'Yohanes Kurniawan', role: 'koordinator' });
    gate.core!.db.pragma('wal_checkpoint(TRUNCATE)');

    // The accounts layer itself never writes the store (the audit trail records the channel call).
    const vault = gate.core!.ctx.vault!;
    const before = storeHash(dir);
    (await vault.add(yohanes.id, 'yohanes', 'frasa sandi yohanes')).apply();
    vault.remove(yohanes.id).apply();
    expect(storeHash(dir)).toBe(before);

    const created = await must(gate, 'accounts:create', { workerId: yohanes.id, login: 'Yohanes', passphrase: 'frasa sandi yohanes', yourPassphrase: TEST_PASSPHRASE });
    expect(created).toMatchObject({ workerId: yohanes.id, workerName: 'Yohanes Kurniawan', login: 'yohanes', role: 'koordinator', you: false });
    await gate.lock();

    // Yohanes opens the very same store: it still opens with the key it always had.
    expect(await must(gate, 'session:unlock', { login: 'yohanes', passphrase: 'frasa sandi yohanes' })).toMatchObject({ currentWorker: { name: 'Yohanes Kurniawan' } });
    expect(JSON.stringify(await must(gate, 'cases:list', {}))).toContain(SITI.name);
    await gate.lock();
    const db = openEncrypted(join(dir, DB_FILE), TEST_KEY);
    expect((db.prepare('SELECT count(*) AS n FROM clients').get() as { n: number }).n).toBe(1);
    db.close();
  });

  it('refuses a taken login, a second account for a worker, a wrong confirming passphrase, and removing the last admin', async () => {
    const { dir, adminId } = await folderWithClient();
    const gate = gateOn(dir);
    expect((await unlock(gate)).ok).toBe(true);
    const ani = await must<{ id: string }>(gate, 'workers:create', { name: 'Ani', role: 'pekerja_sosial' });
    const add = (input: object) => gate.callAsync('accounts:create', { workerId: ani.id, login: 'ani', passphrase: 'frasa sandi ani panjang', yourPassphrase: TEST_PASSPHRASE, ...input });

    expect(await add({ yourPassphrase: 'bukan punya saya' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ path: 'yourPassphrase', message: 'Frasa sandi Anda salah.' }] } });
    expect(await add({ login: TEST_LOGIN })).toMatchObject({ ok: false, error: { code: 'CONFLICT', fields: [{ path: 'login' }] } });
    expect((await add({})).ok).toBe(true);
    expect(await add({ login: 'ani2' })).toMatchObject({ ok: false, error: { code: 'CONFLICT', fields: [{ path: 'workerId' }] } });

    const lastAdmin = await gate.callAsync('accounts:remove', { workerId: adminId });
    expect(lastAdmin).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const demote = await gate.callAsync('workers:update', { id: adminId, worker: { name: TEST_ADMIN_NAME, role: 'koordinator' } });
    expect(demote).toMatchObject({ ok: false, error: { code: 'CONFLICT', fields: [{ path: 'worker.role' }] } });

    expect(await must(gate, 'accounts:remove', { workerId: ani.id })).toEqual({ workerId: ani.id });
    await gate.lock();
    expect((await unlock(gate, 'frasa sandi ani panjang', 'ani')).ok).toBe(false);
  });

  it('changes your own passphrase only with the current one', async () => {
    const { dir } = await folderWithClient();
    const gate = gateOn(dir);
    expect((await unlock(gate)).ok).toBe(true);
    const wrong = await gate.callAsync('accounts:change-passphrase', { currentPassphrase: 'salah', newPassphrase: 'frasa sandi yang baru' });
    expect(wrong).toMatchObject({ ok: false, error: { fields: [{ path: 'currentPassphrase' }] } });
    expect((await gate.callAsync('accounts:change-passphrase', { currentPassphrase: TEST_PASSPHRASE, newPassphrase: 'frasa sandi yang baru' })).ok).toBe(true);
    await gate.lock();
    expect((await unlock(gate)).ok).toBe(false);
    expect((await unlock(gate, 'frasa sandi yang baru')).ok).toBe(true);
  });

  it('lets an admin act for a colleague on a shared laptop, and a colleague only as herself', async () => {
    const { dir, adminId } = await folderWithClient();
    const gate = gateOn(dir);
    expect((await unlock(gate)).ok).toBe(true);
    const ani = await must<{ id: string }>(gate, 'workers:create', { name: 'Ani', role: 'pekerja_sosial' });
    await must(gate, 'accounts:create', { workerId: ani.id, login: 'ani', passphrase: 'frasa sandi ani panjang', yourPassphrase: TEST_PASSPHRASE });
    expect(await must(gate, 'session:set-worker', { workerId: ani.id })).toMatchObject({ currentWorker: { name: 'Ani' } });
    // Ani's name on the records, the admin's rights (the admin is at the keyboard).
    expect(gate.core!.ctx.actor).toEqual({ kind: 'worker', workerId: ani.id, role: 'admin', unlockedBy: adminId });
    expect(gate.status()).toMatchObject({ currentWorker: { name: 'Ani' }, unlockedBy: { id: adminId } });
    await gate.lock();

    // The choice is kept for this admin's next unlock, as the chosen profile was before accounts.
    expect((await unlock(gate)).ok).toBe(true);
    expect(gate.status()).toMatchObject({ currentWorker: { name: 'Ani' }, unlockedBy: { id: adminId } });
    expect(await must(gate, 'session:set-worker', { workerId: adminId })).toMatchObject({ currentWorker: { id: adminId } });
    expect(gate.status().unlockedBy).toBeNull();
    await gate.lock();

    expect((await unlock(gate, 'frasa sandi ani panjang', 'ani')).ok).toBe(true);
    expect(await gate.callAsync('session:set-worker', { workerId: adminId })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect((await must(gate, 'session:get', {})).currentWorker.name).toBe('Ani');
  });
});

describe('migrating from the key-file scheme', () => {
  it('setup wraps the existing key for the new admin (the same person’s profile), keeps the data, and destroys the key file', async () => {
    const t = tempCore();
    const rina = t.must('workers:create', { name: 'Rina Wulandari', role: 'pekerja_sosial', position: 'Pekerja Sosial' });
    const client = t.must('clients:create', SITI).client;
    t.must('cases:create', { clientId: client.id, cluster: 'anak', ppksType: 'anak_terlantar' });
    await t.close();
    cleanups.push(() => rmSync(t.dir, { recursive: true, force: true }));
    writeFileSync(join(t.dir, 'key'), TEST_KEY.toString('hex') + '\n', { mode: 0o600 });

    const gate = gateOn(t.dir);
    expect(gate.status()).toMatchObject({ state: 'uninitialised', existingData: true });
    const setup = await must<SetupResult>(gate, 'session:setup', { name: 'rina  wulandari', login: 'rina', passphrase: 'sawah hijau di lereng merapi' });
    expect(setup.status.currentWorker).toMatchObject({ id: rina.id, role: 'admin', position: 'Pekerja Sosial' });
    expect(existsSync(join(t.dir, 'key'))).toBe(false);
    expect(JSON.stringify(await must(gate, 'cases:list', {}))).toContain(SITI.name);
    await gate.lock();
    expect((await unlock(gate, 'sawah hijau di lereng merapi', 'rina')).ok).toBe(true);
  });

  it('refuses to set up a folder whose data has no key, creating nothing', async () => {
    const t = tempCore();
    await t.close();
    cleanups.push(() => rmSync(t.dir, { recursive: true, force: true }));
    const before = fileHash(join(t.dir, DB_FILE));
    const gate = gateOn(t.dir);
    const r = await gate.callAsync('session:setup', { name: 'Rina', login: 'rina', passphrase: 'sawah hijau di lereng merapi' });
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/kuncinya .* tidak ditemukan/) } });
    expect(existsSync(join(t.dir, KEYRING_FILE))).toBe(false);
    expect(fileHash(join(t.dir, DB_FILE))).toBe(before);
  });
});
