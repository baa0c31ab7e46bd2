import { describe, expect, it } from 'vitest';
import { channels } from '../../shared/contract';
import { openGate } from '../../electron/core/session/gate';
import { addTestAccount } from '../helpers/accounts';
import { tempCore } from '../helpers/temp-core';

/**
 * `session:restore-in` answers only at the gate, before any account exists: the contract takes
 * a backup and its keyring.json as base64 with either an account (login and passphrase) or
 * the recovery key, and the bare core refuses it as it does every session channel. The
 * malformed inputs are covered for every channel in malformed-input.test.ts; the restore
 * itself in tests/unit/restore-in-gate.test.ts.
 */
const FILES = { backup: Buffer.from('cadangan').toString('base64'), keyring: Buffer.from('{}').toString('base64') };
const VALID = { ...FILES, backupName: 'pendamping-20261128-030000.pbak', login: 'admin.uji', passphrase: 'kopi tubruk di pagi hari' };
const paths = (input: unknown) => {
  const r = channels['session:restore-in'].input.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => i.path.join('.')).sort();
};

describe('session:restore-in contract', () => {
  it('accepts the two files with an account, or with the recovery key instead', () => {
    expect(paths(VALID)).toEqual([]);
    expect(paths({ ...FILES, recoveryKey: '7K2QM-4XH9A-BC3DE-FG5HJ-KM6NP' })).toEqual([]);
  });

  it('refuses missing files, and an account without its passphrase, each beside its field', () => {
    expect(paths({ backup: '', keyring: 'bukan base64!', login: 'admin.uji' })).toEqual(['backup', 'keyring', 'passphrase']);
    expect(paths({ ...FILES })).toEqual(['login', 'passphrase']);
    expect(paths({ ...FILES, login: 'admin.uji' })).toEqual(['passphrase']);
  });

  it('refuses the recovery key and a passphrase together: one way to open the keyring', () => {
    const r = channels['session:restore-in'].input.safeParse({ ...VALID, recoveryKey: '7K2QM-4XH9A-BC3DE-FG5HJ-KM6NP' });
    expect(r.success).toBe(false);
    expect(r.error?.issues).toMatchObject([{ path: ['recoveryKey'], message: expect.stringMatching(/bukan keduanya/) }]);
  });

  it('the bare core (tests, seeding) refuses it: restoring into a new folder happens at the gate only', async () => {
    const t = tempCore();
    try {
      expect(await t.callAsync('session:restore-in', VALID)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    } finally {
      await t.cleanup();
    }
  });

  it('a folder already set up refuses it with a clear reason, even while locked', async () => {
    const t = tempCore();
    await addTestAccount(t);
    await t.close();
    const gate = openGate(t.dir, { log: { error() {}, info() {} }, lock: false, env: {} });
    try {
      expect(gate.status().state).toBe('locked');
      const r = await gate.callAsync('session:restore-in', VALID);
      expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
      if (!r.ok) expect(r.error.message).toMatch(/sudah disiapkan, jadi cadangan tidak dapat dipulihkan dari layar pertama/);
    } finally {
      await gate.close();
      await t.cleanup();
    }
  });
});
