import Database from 'better-sqlite3-multiple-ciphers';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listBackups } from '../../electron/core/backups/files';
import { openGate, type Gate } from '../../electron/core/session/gate';
import { startWebServer } from '../../electron/web/server';
import { createKeyring } from '../../electron/vault/vault';
import type { ChannelInput } from '../../shared/contract';
import { TEST_KEY, SITI, snapshot, tempCore } from '../helpers/temp-core';
import { TEST_LOGIN, TEST_PASSPHRASE, addTestAccount } from '../helpers/accounts';

/**
 * The social worker whose laptop died: on the new laptop's first start she restores the
 * office's data from a backup on a flash drive and the keyring.json beside it
 * (`session:restore-in`), and her usual account opens the same data. Real files: the backup
 * is made by the backups channel on the "old laptop", restored into another empty folder.
 */
const quiet = { error() {}, info() {} };
const cleanups: (() => Promise<void> | void)[] = [];

let backup: Buffer;
let keyring: Buffer;
let backupName: string;
let recoveryKey: string;
let adminId: string;
let before: string;
let casesBefore: unknown;

beforeAll(async () => {
  const old = tempCore();
  cleanups.push(() => old.cleanup());
  adminId = (await addTestAccount(old)).workerId;
  const c = old.must('clients:create', SITI).client;
  old.must('cases:create', { clientId: c.id, cluster: 'anak', ppksType: 'anak_terlantar' });
  const flash = join(mkdtempSync(join(tmpdir(), 'pendamping-flashdisk-')), 'PENDAMPING');
  old.must('backup:settings-update', { folder: flash, keep: 14, daily: true });
  await old.close();
  const gate = openGate(old.dir, { log: quiet, lock: false, env: {} });
  try {
    expect((await gate.callAsync('session:unlock', { login: TEST_LOGIN, passphrase: TEST_PASSPHRASE })).ok).toBe(true);
    const fresh = await gate.callAsync('accounts:new-recovery-key', { yourPassphrase: TEST_PASSPHRASE });
    if (!fresh.ok) throw new Error(fresh.error.message);
    recoveryKey = (fresh.value as { recoveryKey: string }).recoveryKey;
    const made = await gate.callAsync('backup:create', {});
    if (!made.ok) throw new Error(made.error.message);
    before = snapshot(gate.core!.db);
    casesBefore = await gate.callAsync('cases:list', {});
  } finally {
    await gate.close();
  }
  backupName = listBackups(flash)[0].name;
  backup = readFileSync(join(flash, backupName));
  keyring = readFileSync(join(flash, 'keyring.json'));
}, 120_000);
afterAll(async () => {
  for (const c of cleanups) await c();
});

/** A fresh, empty data folder on the "new laptop", behind its own gate (with its folder lock). */
function freshGate(): { gate: Gate; dir: string } {
  const dir = join(mkdtempSync(join(tmpdir(), 'pendamping-laptop-baru-')), 'data');
  const gate = openGate(dir, { log: quiet, env: {} });
  cleanups.push(() => gate.close());
  return { gate, dir };
}

const input = (o: Partial<ChannelInput<'session:restore-in'>> = {}): ChannelInput<'session:restore-in'> => ({
  backup: backup.toString('base64'),
  backupName,
  keyring: keyring.toString('base64'),
  login: TEST_LOGIN,
  passphrase: TEST_PASSPHRASE,
  ...o,
});

/** The folder is as a first start finds it: nothing of the backup stayed behind. */
function expectUntouched(gate: Gate, dir: string) {
  expect(gate.status().state).toBe('uninitialised');
  expect(readdirSync(dir).filter((f) => !f.startsWith('pendamping.lock'))).toEqual([]); // only the folder lock, held by this gate
}

async function refused(gate: Gate, payload: ChannelInput<'session:restore-in'>, code: string, field: string, message: RegExp) {
  const r = await gate.callAsync('session:restore-in', payload);
  expect(r).toMatchObject({ ok: false, error: { code, fields: [{ path: field }] } });
  if (!r.ok) expect(r.error.message).toMatch(message);
}

describe('session:restore-in (new laptop, first start, from a backup)', () => {
  it('fills the empty folder; the same login and passphrase unlock the same data, and the trail records the restore', async () => {
    const { gate, dir } = freshGate();
    const r = await gate.callAsync('session:restore-in', input());
    expect(r).toMatchObject({ ok: true, value: { state: 'locked' } });
    expect(readdirSync(dir).filter((f) => !f.startsWith('pendamping.lock')).sort()).toEqual(['keyring.json', 'pendamping.db']);
    expect(statSync(join(dir, 'keyring.json')).mode & 0o777).toBe(0o600);
    // Locked, as after a move: other channels stay shut until an account unlocks.
    expect(await gate.callAsync('cases:list', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect((await gate.callAsync('session:unlock', { login: TEST_LOGIN, passphrase: TEST_PASSPHRASE })).ok).toBe(true);
    expect(snapshot(gate.core!.db)).toBe(before);
    expect(await gate.callAsync('cases:list', {})).toEqual(casesBefore);

    const trail = await gate.callAsync('audit:list', { action: 'pulihkan' });
    if (!trail.ok) throw new Error(trail.error.message);
    const rows = (trail.value as { entries: { channel: string; actorId: string | null; role: string; detail: Record<string, unknown> }[] }).entries;
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ channel: 'session:restore-in', actorId: adminId, role: 'admin', detail: { file: backupName, via: 'frasa_sandi' } });
    expect((await gate.callAsync('audit:verify', {})) as unknown).toMatchObject({ ok: true, value: { ok: true } });

    // Once set up, a second restore from the first-run screen is refused: it never overwrites anyone's work.
    const again = await gate.callAsync('session:restore-in', input());
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(snapshot(gate.core!.db)).toBe(before);
  });

  it('a restore cut off between placing the store and its keyring (the laptop died) leaves a folder the next start empties, and the restore then succeeds', async () => {
    // What installRestoredBackup leaves at that instant: the store in place, its mark, no keyring.
    const dir = join(mkdtempSync(join(tmpdir(), 'pendamping-laptop-mati-')), 'data');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'pendamping.db'), backup);
    writeFileSync(join(dir, 'pemulihan-belum-selesai'), 'pendamping restore\n');
    const gate = openGate(dir, { log: quiet, env: {} });
    cleanups.push(() => gate.close());
    expectUntouched(gate, dir);
    expect(gate.status().existingData).toBe(false);
    expect(await gate.callAsync('session:restore-in', input())).toMatchObject({ ok: true, value: { state: 'locked' } });
    expect((await gate.callAsync('session:unlock', { login: TEST_LOGIN, passphrase: TEST_PASSPHRASE })).ok).toBe(true);
    expect(snapshot(gate.core!.db)).toBe(before);
  });

  it('the recovery key opens the keyring too; the restore is recorded without a name, and the account still unlocks', async () => {
    const { gate } = freshGate();
    const r = await gate.callAsync('session:restore-in', input({ login: undefined, passphrase: undefined, recoveryKey: recoveryKey.toLowerCase() }));
    expect(r).toMatchObject({ ok: true, value: { state: 'locked' } });
    expect((await gate.callAsync('session:unlock', { login: TEST_LOGIN, passphrase: TEST_PASSPHRASE })).ok).toBe(true);
    expect(snapshot(gate.core!.db)).toBe(before);
    const trail = await gate.callAsync('audit:list', { action: 'pulihkan' });
    if (!trail.ok) throw new Error(trail.error.message);
    const [row] = (trail.value as { entries: { actorId: string | null; role: string; detail: Record<string, unknown> }[] }).entries;
    expect(row).toMatchObject({ actorId: null, role: 'tidak_dikenal', detail: { via: 'kunci_pemulihan' } });
  });

  it('a wrong passphrase or recovery key is refused beside its field; nothing is written', async () => {
    const { gate, dir } = freshGate();
    await refused(gate, input({ passphrase: 'bukan frasa sandinya' }), 'VALIDATION', 'passphrase', /^Nama pengguna atau frasa sandi salah\.$/);
    expectUntouched(gate, dir);
    await refused(gate, input({ login: 'orang.lain' }), 'VALIDATION', 'passphrase', /^Nama pengguna atau frasa sandi salah\.$/);
    expectUntouched(gate, dir);
    await refused(gate, input({ login: undefined, passphrase: undefined, recoveryKey: '7K2QM-4XH9A-BC3DE-FG5HJ-KM6NP' }), 'VALIDATION', 'recoveryKey', /^Kunci pemulihan salah\./);
    expectUntouched(gate, dir);
    // Then the right passphrase restores: the refusals left nothing in the way.
    expect(await gate.callAsync('session:restore-in', input())).toMatchObject({ ok: true, value: { state: 'locked' } });
  });

  it('a file that is not a backup, or a truncated one, is refused beside the backup field; nothing is written', async () => {
    const { gate, dir } = freshGate();
    const notABackup = [Buffer.from('%PDF-1.7 bukan cadangan'), keyring, backup.subarray(0, 1000)];
    for (const bytes of notABackup) {
      await refused(gate, input({ backup: bytes.toString('base64') }), 'VALIDATION', 'backup', /^Berkas ini bukan cadangan Pendamping \(\.pbak\), atau terpotong/);
      expectUntouched(gate, dir);
    }
    for (const cut of [0.6, 0.25]) {
      const truncated = backup.subarray(0, Math.floor(backup.length * cut));
      await refused(gate, input({ backup: truncated.toString('base64') }), 'VALIDATION', 'backup', /^Berkas cadangan rusak atau terpotong/);
      expectUntouched(gate, dir);
    }
  });

  it("a keyring that is not one, or another office's keyring, is refused beside the keyring field; nothing is written", async () => {
    const { gate, dir } = freshGate();
    await refused(gate, input({ keyring: Buffer.from('{"format":"bukan"}').toString('base64') }), 'VALIDATION', 'keyring', /^Berkas ini bukan salinan kunci akun Pendamping \(keyring\.json\)/);
    expectUntouched(gate, dir);
    await refused(gate, input({ keyring: backup.subarray(0, 4096).toString('base64') }), 'VALIDATION', 'keyring', /^Berkas ini bukan salinan kunci akun/);
    expectUntouched(gate, dir);
    // Same login and passphrase, but wrapping another store's key: it unwraps, and does not open this backup.
    const other = (await createKeyring(randomBytes(32), { workerId: adminId, login: TEST_LOGIN, passphrase: TEST_PASSPHRASE }, new Date())).keyring;
    await refused(gate, input({ keyring: Buffer.from(JSON.stringify(other)).toString('base64') }), 'VALIDATION', 'keyring', /^Salinan kunci akun ini bukan milik cadangan ini/);
    expectUntouched(gate, dir);
  });

  it('a backup from a newer Pendamping is refused before anything is written', async () => {
    const { gate, dir } = freshGate();
    const newer = join(mkdtempSync(join(tmpdir(), 'pendamping-lebih-baru-')), 'cadangan.pbak');
    writeFileSync(newer, backup);
    const db = new Database(newer);
    db.pragma(`cipher = 'chacha20'`);
    db.pragma(`hexkey = '${TEST_KEY.toString('hex')}'`);
    db.pragma('user_version = 9999');
    db.close();
    await refused(gate, input({ backup: readFileSync(newer).toString('base64') }), 'CONFLICT', 'backup', /versi Pendamping yang lebih baru \(skema 9999\)/);
    expectUntouched(gate, dir);
  });

  it('browser mode takes a backup larger than the usual request cap on this channel only', async () => {
    const seen: string[] = [];
    const web = await startWebServer({
      core: { callAsync: async (name: unknown) => (seen.push(String(name)), { ok: true, value: null }) },
      staticDir: tmpdir(),
      token: 'tanda-uji-0123456789',
      port: 0,
      log: quiet,
    });
    try {
      const big = JSON.stringify({ backup: 'A'.repeat(40 * 1024 * 1024) });
      const post = (channel: string) =>
        fetch(`http://127.0.0.1:${web.port}/api/${channel}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: 'Bearer tanda-uji-0123456789' }, body: big });
      expect((await post('session:restore-in')).status).toBe(200);
      // Any other channel is cut off at the usual cap (413, or the connection closed mid-upload).
      const other = await post('clients:create').then((r) => r.status, () => 'closed');
      expect([413, 'closed']).toContain(other);
      expect(seen).toEqual(['session:restore-in']);
    } finally {
      await web.close();
    }
  });
});
