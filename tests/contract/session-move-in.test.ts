import { describe, expect, it } from 'vitest';
import { channels } from '../../shared/contract';
import { openGate } from '../../electron/core/session/gate';
import { addTestAccount } from '../helpers/accounts';
import { tempCore } from '../helpers/temp-core';

/**
 * `session:move-in` answers only at the gate, before any account exists: a valid input is
 * accepted by the contract, and the bare core (no gate) refuses it as it does every session
 * channel. The malformed inputs are covered for every channel in malformed-input.test.ts.
 */
const VALID = { bundle: Buffer.from('PK\x05\x06' + '\0'.repeat(18), 'binary').toString('base64'), password: 'pindah-ke-laptop-baru' };

describe('session:move-in contract', () => {
  it('accepts a bundle as base64 with its password', () => {
    expect(channels['session:move-in'].input.safeParse(VALID).success).toBe(true);
  });

  it('refuses a bundle that is not base64, or no password, beside the field', () => {
    const r = channels['session:move-in'].input.safeParse({ bundle: 'bukan base64!', password: '' });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['bundle', 'password']);
  });

  it('the bare core (tests, seeding) refuses it: moving in happens at the gate only', async () => {
    const t = tempCore();
    try {
      expect(await t.callAsync('session:move-in', VALID)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
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
      const r = await gate.callAsync('session:move-in', VALID);
      expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
      if (!r.ok) expect(r.error.message).toMatch(/sudah disiapkan/);
    } finally {
      await gate.close();
      await t.cleanup();
    }
  });
});
