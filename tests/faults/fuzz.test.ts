import fc from 'fast-check';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { copyFileSync, cpSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openGate, type Gate } from '../../electron/core/session/gate';
import { openEncrypted } from '../../electron/db/open';
import { DB_FILE } from '../../electron/db/store';
import { KEYRING_FILE } from '../../electron/vault/keyring';
import { channelNames, type ChannelName } from '../../shared/contract';
import { ERROR_CODES, type Result } from '../../shared/result';
import { TEST_LOGIN, TEST_PASSPHRASE, addTestAccount } from '../helpers/accounts';
import { sampleFixture, standInPrinter, validSamples, type SampleFixture } from '../helpers/channel-samples';
import { TEST_KEY, fixedClock, snapshot, tempCore } from '../helpers/temp-core';
import { payloads, sandboxPaths } from './payloads';
import { PAYLOADS_PER_CHANNEL, recordFigures } from './size';

/**
 * Every channel, fed malformed payloads through the gate as a door delivers them (unlocked
 * by an admin account): no throw, no crash, only typed errors a person can act on (never
 * INTERNAL), and a refused call changes nothing. A payload may also turn out valid (a
 * mutation that keeps the sample sound): then it simply succeeds. Each channel starts from
 * the same data (a store with one of every record), so a run does not depend on the order of
 * channels, and PENDAMPING_FAULTS_SEED repeats it exactly.
 */
const TYPED = ERROR_CODES.filter((c) => c !== 'INTERNAL');
const seed = Number(process.env.PENDAMPING_FAULTS_SEED ?? Date.now() % 1_000_000);

let fixtureDir: string;
let f: SampleFixture;
let ids: string[];
const outcomes = new Map<ChannelName, Record<string, number>>();

beforeAll(async () => {
  const t = tempCore({ printer: standInPrinter });
  f = await sampleFixture(t);
  await addTestAccount(t);
  await t.close();
  fixtureDir = t.dir;
  ids = Object.entries(f).filter(([k]) => k.endsWith('Id')).map(([, v]) => v as string);
}, 180_000);

afterAll(() => {
  rmSync(fixtureDir, { recursive: true, force: true });
  const sent = [...outcomes.values()].map((o) => o.sent);
  recordFigures('fuzz', {
    seed,
    channels: outcomes.size,
    payloadsPerChannel: { min: Math.min(...sent), max: Math.max(...sent) },
    payloadsTotal: sent.reduce((a, b) => a + b, 0),
    outcomes: [...outcomes.values()].reduce<Record<string, number>>((all, o) => {
      for (const [k, v] of Object.entries(o)) if (k !== 'sent' && k !== 'failed') all[k] = (all[k] ?? 0) + v;
      return all;
    }, {}),
    channelsFailing: [...outcomes].filter(([, o]) => o.failed).map(([name]) => name),
  });
});

/** A copy of the fixture store, unlocked through the gate by the test admin. */
async function unlockedCopy(): Promise<Store> {
  const dir = mkdtempSync(join(tmpdir(), 'pendamping-fuzz-'));
  for (const file of [DB_FILE, KEYRING_FILE]) copyFileSync(join(fixtureDir, file), join(dir, file));
  cpSync(join(fixtureDir, 'cadangan'), join(dir, 'cadangan'), { recursive: true });
  const store: Store = { dir, gate: null as unknown as Gate, incident: null, watcher: watch(dir), data: '' };
  store.gate = openGate(dir, { clock: fixedClock(), printer: standInPrinter, lock: false, log: { error: (_m, d) => void (store.incident = d), info() {} } });
  const r = await store.gate.callAsync('session:unlock', { login: TEST_LOGIN, passphrase: TEST_PASSPHRASE });
  if (!r.ok) throw new Error(r.error.message);
  store.data = dataOf(store);
  return store;
}

interface Store {
  dir: string;
  gate: Gate;
  /** The last unexpected error the core logged: where an INTERNAL came from. */
  incident: unknown;
  /** A connection of the test's own, to see whether anything was committed. */
  watcher: { db: Database; inode: number };
  /** The data as last seen. */
  data: string;
}

async function dispose(store: Store) {
  store.watcher.db.close();
  await store.gate.close();
  rmSync(store.dir, { recursive: true, force: true });
}

function watch(dir: string) {
  const file = join(dir, DB_FILE);
  return { db: openEncrypted(file, TEST_KEY, { readonly: true }), inode: statSync(file).ino };
}

/** What the store holds, read on the watcher (the gate may be locked, or the file swapped by a restore). */
function dataOf(store: Store): string {
  const file = join(store.dir, DB_FILE);
  if (statSync(file).ino !== store.watcher.inode) {
    store.watcher.db.close();
    store.watcher = watch(store.dir);
  }
  return snapshot(store.watcher.db);
}

/** PRAGMA data_version moves when another connection commits: most refusals commit nothing. */
const version = (store: Store) => `${statSync(join(store.dir, DB_FILE)).ino}:${store.watcher.db.pragma('data_version', { simple: true })}`;

/** fast-check's report (seed, counterexample) with what went wrong for it. */
const failure = (run: fc.RunDetails<[unknown]>) => {
  const cause = run.errorInstance instanceof Error ? run.errorInstance.message : String(run.errorInstance);
  return `${fc.defaultReportMessage(run) ?? 'failed'}\nCaused by: ${cause}`;
};

/** The sample with one string at a time ending in NUL: a character that once reached FTS5 and broke its query. */
function withNul(sample: unknown): unknown[] {
  const out: unknown[] = [];
  const walk = (v: unknown, set: (x: unknown) => unknown) => {
    if (typeof v === 'string') out.push(set(`${v}\u0000`));
    else if (Array.isArray(v)) v.forEach((x, i) => walk(x, (y) => set(v.map((z, j) => (j === i ? y : z)))));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, (y) => set({ ...v, [k]: y }));
  };
  walk(sample, (x) => x);
  return out;
}

let store: Store | null = null;
let pristine = '';
afterAll(async () => {
  if (store) await dispose(store);
});

describe.each(channelNames)('%s', (name) => {
  it(`answers ${PAYLOADS_PER_CHANNEL} malformed payloads with typed errors, changing nothing when it refuses`, { timeout: PAYLOADS_PER_CHANNEL * 2_000 }, async () => {
    // Every channel starts from the fixture's data, unlocked: a fresh copy when the last one changed either.
    if (store && (store.data !== pristine || store.gate.status().state !== 'unlocked')) {
      await dispose(store);
      store = null;
    }
    store ??= await unlockedCopy();
    pristine ||= store.data;
    const s = store;
    const tally: Record<string, number> = {};
    const sample = validSamples[name](f);
    const property = fc.asyncProperty(payloads(name, sample, ids), async (raw) => {
      const payload = sandboxPaths(raw, join(s.dir, 'sandbox'));
      s.incident = null;
      const before = version(s);
      let r: Result<unknown>;
      try {
        r = await s.gate.callAsync(name, payload);
      } catch (e) {
        throw new Error(`${name} threw instead of answering: ${(e as Error).stack ?? String(e)}`);
      }
      const outcome = r.ok ? 'ok' : r.error.code;
      tally[outcome] = (tally[outcome] ?? 0) + 1;
      if (!r.ok) {
        expect(TYPED, `${name}: ${r.error.message}\n${s.incident instanceof Error ? s.incident.stack : String(s.incident ?? '')}`).toContain(r.error.code);
        expect(r.error.message.length, 'a clear message, not an echo of the input').toBeLessThan(2000);
      }
      if (version(s) !== before) {
        const after = dataOf(s);
        if (!r.ok) expect(after, `${name} refused (${r.error.code}) but changed the data`).toBe(s.data);
        s.data = after;
      }
    });
    const examples = [sample, ...withNul(sample)].map((p) => [p] as [unknown]);
    const run = await fc.check(property, { numRuns: PAYLOADS_PER_CHANNEL + examples.length, seed, examples });
    // The figures count the payloads sent before any shrinking of a failure.
    outcomes.set(name, { ...tally, sent: run.numRuns, failed: run.failed ? 1 : 0 });
    if (run.failed) throw new Error(failure(run));
  });
});

describe('session:move-in on a new laptop (a folder not set up yet)', () => {
  it(`answers ${PAYLOADS_PER_CHANNEL} malformed move bundles with typed errors, and a refused one leaves the folder empty`, { timeout: PAYLOADS_PER_CHANNEL * 5_000 }, async () => {
    const tally: Record<string, number> = {};
    const sample = validSamples['session:move-in'](f);
    const property = fc.asyncProperty(payloads('session:move-in', sample, ids), async (raw) => {
      const dir = mkdtempSync(join(tmpdir(), 'pendamping-fuzz-new-'));
      let incident: unknown = null;
      const gate = openGate(dir, { clock: fixedClock(), printer: standInPrinter, lock: false, log: { error: (_m, d) => void (incident = d), info() {} } });
      try {
        let r: Result<unknown>;
        try {
          r = await gate.callAsync('session:move-in', sandboxPaths(raw, join(dir, 'sandbox')));
        } catch (e) {
          throw new Error(`session:move-in threw instead of answering: ${(e as Error).stack ?? String(e)}`);
        }
        const outcome = r.ok ? 'ok' : r.error.code;
        tally[outcome] = (tally[outcome] ?? 0) + 1;
        if (!r.ok) {
          expect(TYPED, `session:move-in: ${r.error.message}\n${incident instanceof Error ? incident.stack : String(incident ?? '')}`).toContain(r.error.code);
          expect(readdirSync(dir).filter((n) => n !== 'sandbox' && !n.startsWith('pendamping.lock')), 'a refused move-in left files behind').toEqual([]);
        }
      } finally {
        await gate.close();
        rmSync(dir, { recursive: true, force: true });
      }
    });
    const run = await fc.check(property, { numRuns: PAYLOADS_PER_CHANNEL + 1, seed, examples: [[sample]] });
    outcomes.set('session:move-in (folder not set up)' as ChannelName, { ...tally, sent: run.numRuns, failed: run.failed ? 1 : 0 });
    if (run.failed) throw new Error(failure(run));
    expect(tally.ok, 'the unchanged bundle moves in').toBeGreaterThan(0);
  });
});
describe('session:restore-in on a new laptop (a folder not set up yet)', () => {
  it(`answers ${PAYLOADS_PER_CHANNEL} malformed backups and keyrings with typed errors, and a refused one leaves the folder empty`, { timeout: PAYLOADS_PER_CHANNEL * 5_000 }, async () => {
    const tally: Record<string, number> = {};
    const sample = validSamples['session:restore-in'](f);
    const property = fc.asyncProperty(payloads('session:restore-in', sample, ids), async (raw) => {
      const dir = mkdtempSync(join(tmpdir(), 'pendamping-fuzz-restore-'));
      let incident: unknown = null;
      const gate = openGate(dir, { clock: fixedClock(), printer: standInPrinter, lock: false, log: { error: (_m, d) => void (incident = d), info() {} } });
      try {
        let r: Result<unknown>;
        try {
          r = await gate.callAsync('session:restore-in', sandboxPaths(raw, join(dir, 'sandbox')));
        } catch (e) {
          throw new Error(`session:restore-in threw instead of answering: ${(e as Error).stack ?? String(e)}`);
        }
        const outcome = r.ok ? 'ok' : r.error.code;
        tally[outcome] = (tally[outcome] ?? 0) + 1;
        if (!r.ok) {
          expect(TYPED, `session:restore-in: ${r.error.message}\n${incident instanceof Error ? incident.stack : String(incident ?? '')}`).toContain(r.error.code);
          expect(readdirSync(dir).filter((n) => n !== 'sandbox' && !n.startsWith('pendamping.lock')), 'a refused restore left files behind').toEqual([]);
        }
      } finally {
        await gate.close();
        rmSync(dir, { recursive: true, force: true });
      }
    });
    const run = await fc.check(property, { numRuns: PAYLOADS_PER_CHANNEL + 1, seed, examples: [[sample]] });
    outcomes.set('session:restore-in (folder not set up)' as ChannelName, { ...tally, sent: run.numRuns, failed: run.failed ? 1 : 0 });
    if (run.failed) throw new Error(failure(run));
    expect(tally.ok, 'the unchanged backup restores').toBeGreaterThan(0);
  });
});
