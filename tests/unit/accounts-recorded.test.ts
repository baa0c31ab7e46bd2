import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openGate, type Gate } from '../../electron/core/session/gate';
import { TEST_LOGIN, TEST_PASSPHRASE, addTestAccount } from '../helpers/accounts';
import { fixedClock, tempCore } from '../helpers/temp-core';

/**
 * Who may open the data is among the most sensitive changes there are: an account change is
 * made only if it is recorded in the audit trail, and recorded only if it was made. Real
 * accounts through the gate; the audit trail made to fail as a full disk would.
 */
const quiet = { error: () => {}, info: () => {} };
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function office(): Promise<{ gate: Gate; dir: string; workerId: string }> {
  const t = tempCore();
  await addTestAccount(t);
  const workerId = t.must('workers:create', { name: 'Budi Santoso', role: 'pekerja_sosial' }).id;
  await t.close();
  cleanups.push(() => rmSync(t.dir, { recursive: true, force: true }));
  const gate = openGate(t.dir, { clock: fixedClock(), log: quiet, lock: false, env: {} });
  cleanups.push(() => gate.close());
  const r = await gate.callAsync('session:unlock', { login: TEST_LOGIN, passphrase: TEST_PASSPHRASE });
  if (!r.ok) throw new Error(r.error.message);
  return { gate, dir: t.dir, workerId };
}

const keyringOf = (dir: string) => readFileSync(join(dir, 'keyring.json'), 'utf8');
const accountRows = (gate: Gate) => gate.core!.db.prepare(`SELECT channel, outcome FROM audit_log WHERE channel LIKE 'accounts:%' ORDER BY seq`).all();
/** Every audit row from now on fails to be written, as on a full disk (this connection only). */
const breakAuditTrail = (gate: Gate) => gate.core!.db.exec(`CREATE TEMP TRIGGER audit_full BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END`);
const mendAuditTrail = (gate: Gate) => gate.core!.db.exec('DROP TRIGGER temp.audit_full');

describe('account changes and the audit trail', () => {
  it('an account that cannot be recorded is not created, a passphrase not changed, a recovery key not replaced, an account not removed', async () => {
    const { gate, dir, workerId } = await office();
    const create = { workerId, login: 'budi', passphrase: 'frasa sandi budi', yourPassphrase: TEST_PASSPHRASE };
    const before = keyringOf(dir);
    breakAuditTrail(gate);
    for (const [channel, input] of [
      ['accounts:create', create],
      ['accounts:change-passphrase', { currentPassphrase: TEST_PASSPHRASE, newPassphrase: 'frasa sandi yang baru' }],
      ['accounts:new-recovery-key', { yourPassphrase: TEST_PASSPHRASE }],
    ] as const) {
      const r = await gate.callAsync(channel, input);
      expect(r.ok, channel).toBe(false);
      // Only the throttle's bookkeeping of the confirmed passphrase may move; no entry changes.
      expect(JSON.parse(keyringOf(dir)).accounts.map((a: { id: string; key: unknown }) => [a.id, a.key])).toEqual(JSON.parse(before).accounts.map((a: { id: string; key: unknown }) => [a.id, a.key]));
      expect(JSON.parse(keyringOf(dir)).recovery).toEqual(JSON.parse(before).recovery);
    }
    mendAuditTrail(gate);
    expect((await gate.callAsync('accounts:list', {})) as unknown).toMatchObject({ ok: true, value: [{ login: TEST_LOGIN }] });
    expect(accountRows(gate)).toEqual([]);

    // Recorded, the same calls take effect; the old passphrase no longer opens the data.
    expect((await gate.callAsync('accounts:create', create)).ok).toBe(true);
    expect((await gate.callAsync('accounts:change-passphrase', { currentPassphrase: TEST_PASSPHRASE, newPassphrase: 'frasa sandi yang baru' })).ok).toBe(true);
    expect(accountRows(gate)).toEqual([
      { channel: 'accounts:create', outcome: 'ok' },
      { channel: 'accounts:change-passphrase', outcome: 'ok' },
    ]);
    breakAuditTrail(gate);
    expect((await gate.callAsync('accounts:remove', { workerId })).ok).toBe(false);
    mendAuditTrail(gate);
    const logins = ((await gate.callAsync('accounts:list', {})) as { value: { login: string }[] }).value.map((a) => a.login).sort();
    expect(logins).toEqual(['budi', TEST_LOGIN].sort());
    await gate.callAsync('session:lock', { reason: 'manual' });
    expect((await gate.callAsync('session:unlock', { login: TEST_LOGIN, passphrase: TEST_PASSPHRASE })).ok).toBe(false);
    expect((await gate.callAsync('session:unlock', { login: TEST_LOGIN, passphrase: 'frasa sandi yang baru' })).ok).toBe(true);
  }, 60_000);
});
