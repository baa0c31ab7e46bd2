import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { openGate, type Gate } from '../../electron/core/session/gate';
import { TEST_LOGIN, TEST_PASSPHRASE, addTestAccount } from '../helpers/accounts';
import { SITI, fixedClock, tempCore } from '../helpers/temp-core';

/**
 * An erasure cannot be undone, so the one who asks for it does not approve it too while
 * another koordinator or admin can. Through the gate, as a person uses it: real accounts.
 */
const quiet = { error: () => {}, info: () => {} };
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function must<T = any>(gate: Gate, channel: string, input: unknown): Promise<T> {
  const r = await gate.callAsync(channel, input);
  if (!r.ok) throw new Error(`${channel} failed: ${r.error.code} ${r.error.message}`);
  return r.value as T;
}

/** A folder with one client, the test admin's account, and the admin unlocked in a gate. */
async function office(): Promise<{ gate: Gate; clientId: string }> {
  const t = tempCore();
  await addTestAccount(t);
  const clientId = t.must('clients:create', SITI).client.id;
  await t.close();
  cleanups.push(() => rmSync(t.dir, { recursive: true, force: true }));
  const gate = openGate(t.dir, { clock: fixedClock(), log: quiet, lock: false, env: {} });
  cleanups.push(() => gate.close());
  await must(gate, 'session:unlock', { login: TEST_LOGIN, passphrase: TEST_PASSPHRASE });
  return { gate, clientId };
}

const nameOf = async (gate: Gate, clientId: string) => (await must<{ name: string }>(gate, 'clients:get', { id: clientId })).name;

describe('approving an erasure', () => {
  it('refuses the one who asked while another koordinator holds an account, and lets the other approve', async () => {
    const { gate, clientId } = await office();
    const kartika = await must<{ id: string }>(gate, 'workers:create', { name: 'Kartika Sari', role: 'koordinator' });
    await must(gate, 'accounts:create', { workerId: kartika.id, login: 'kartika', passphrase: 'frasa sandi kartika', yourPassphrase: TEST_PASSPHRASE });

    const request = await must<{ id: string; version: number }>(gate, 'erasure:request', { clientId, reason: 'permintaan_klien', note: null });
    const own = await gate.callAsync('erasure:approve', { id: request.id, version: request.version });
    expect(own).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringMatching(/Anda ajukan sendiri.*koordinator atau admin lain/) } });
    expect(await nameOf(gate, clientId)).toBe(SITI.name);
    expect((await must<{ status: string }[]>(gate, 'erasure:list', { status: 'menunggu' })).map((r) => r.status)).toEqual(['menunggu']);
    const refusals = await must<{ entries: { channel: string; outcome: string }[] }>(gate, 'audit:list', { outcome: 'ditolak' });
    expect(refusals.entries.map((r) => r.channel)).toContain('erasure:approve');

    await must(gate, 'session:lock', {});
    await must(gate, 'session:unlock', { login: 'kartika', passphrase: 'frasa sandi kartika' });
    const done = await must<{ tombstone: { clientId: string } }>(gate, 'erasure:approve', { id: request.id, version: request.version });
    expect(done.tombstone.clientId).toBe(clientId);
  });

  it('lets a one-person office approve its own request (no one else could)', async () => {
    const { gate, clientId } = await office();
    const request = await must<{ id: string; version: number }>(gate, 'erasure:request', { clientId, reason: 'permintaan_klien', note: null });
    await must(gate, 'erasure:approve', { id: request.id, version: request.version });
    expect(await nameOf(gate, clientId)).not.toBe(SITI.name);
  });
});
