import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openGate, type Gate } from '../../electron/core/session/gate';
import { zipFiles } from '../../electron/core/exports/zip';
import { unzipFiles } from '../../electron/core/exports/zip';
import { TEST_LOGIN, TEST_PASSPHRASE, addTestAccount } from '../helpers/accounts';
import { SITI, snapshot, tempCore } from '../helpers/temp-core';

/**
 * Issue 5 on the new laptop: the first-run screen fills an empty folder from a move bundle
 * through the gate (`session:move-in`), and the old laptop's account unlocks the same data.
 */
const PASSWORD = 'pindah-ke-laptop-baru';
const quiet = { error() {}, info() {} };
const cleanups: (() => Promise<void> | void)[] = [];

let bundle: string;
let before: string;
beforeAll(async () => {
  const from = tempCore();
  cleanups.push(() => from.cleanup());
  await addTestAccount(from);
  const c = from.must('clients:create', SITI).client;
  from.must('cases:create', { clientId: c.id, cluster: 'anak', ppksType: 'anak_terlantar' });
  await from.close();
  const old = openGate(from.dir, { log: quiet, lock: false, env: {} });
  try {
    expect((await old.callAsync('session:unlock', { login: TEST_LOGIN, passphrase: TEST_PASSPHRASE })).ok).toBe(true);
    const out = await old.callAsync('backup:move-out', { password: PASSWORD });
    if (!out.ok) throw new Error(out.error.message);
    bundle = (out.value as { dataBase64: string }).dataBase64;
    before = snapshot(old.core!.db);
  } finally {
    await old.close();
  }
});
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

/** The folder is as a first start finds it: nothing of the bundle stayed behind. */
function expectUntouched(gate: Gate, dir: string) {
  expect(gate.status().state).toBe('uninitialised');
  expect(readdirSync(dir).filter((f) => !f.startsWith('pendamping.lock'))).toEqual([]); // only the folder lock, held by this gate
}

describe('session:move-in (new laptop, first start)', () => {
  it('fills the empty folder; the same login and passphrase unlock the same data', async () => {
    const { gate } = freshGate();
    expect(gate.status().state).toBe('uninitialised');
    const r = await gate.callAsync('session:move-in', { bundle, password: PASSWORD });
    expect(r).toMatchObject({ ok: true, value: { state: 'locked' } });
    // Other channels stay shut until an account unlocks.
    expect(await gate.callAsync('cases:list', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect((await gate.callAsync('session:unlock', { login: TEST_LOGIN, passphrase: TEST_PASSPHRASE })).ok).toBe(true);
    expect(gate.status().state).toBe('unlocked');
    expect(snapshot(gate.core!.db)).toBe(before);
    // Once set up, a second bundle is refused: moving never overwrites anyone's work.
    const again = await gate.callAsync('session:move-in', { bundle, password: PASSWORD });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(snapshot(gate.core!.db)).toBe(before);
  });

  it('a wrong bundle password is refused beside the password field; the folder stays uninitialised', async () => {
    const { gate, dir } = freshGate();
    const r = await gate.callAsync('session:move-in', { bundle, password: 'bukan-kata-sandinya' });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ path: 'password' }] } });
    if (!r.ok) expect(r.error.message).toMatch(/Kata sandi paket salah/);
    expectUntouched(gate, dir);
  });

  it('a truncated bundle, or a file that is not a bundle, is refused beside the file field; nothing written', async () => {
    const { gate, dir } = freshGate();
    const whole = Buffer.from(bundle, 'base64');
    for (const bytes of [whole.subarray(0, Math.floor(whole.length * 0.6)), Buffer.from('%PDF-1.7 bukan paket pindah')]) {
      const r = await gate.callAsync('session:move-in', { bundle: bytes.toString('base64'), password: PASSWORD });
      expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ path: 'bundle' }] } });
      if (!r.ok) expect(r.error.message).toMatch(/bukan paket pindah Pendamping, atau terpotong/);
      expectUntouched(gate, dir);
    }
  });

  it('a bundle from a newer Pendamping is refused before anything is written', async () => {
    const { gate, dir } = freshGate();
    const files = await unzipFiles(Buffer.from(bundle, 'base64'), PASSWORD);
    expect(JSON.parse(files.get('paket.json')!.toString('utf8')).schema).toBeGreaterThan(0);
    files.set('paket.json', Buffer.from(JSON.stringify({ format: 'pendamping-move', schema: 9999 })));
    const newer = await zipFiles([...files].map(([name, data]) => ({ name, data })), PASSWORD);
    const r = await gate.callAsync('session:move-in', { bundle: newer.toString('base64'), password: PASSWORD });
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!r.ok) expect(r.error.message).toMatch(/versi Pendamping yang lebih baru \(skema 9999/);
    expectUntouched(gate, dir);
  });
});
