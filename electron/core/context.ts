import type { Database } from 'better-sqlite3-multiple-ciphers';
import { randomFillSync } from 'node:crypto';
import { monotonicFactory } from 'ulid';
import { dateInZone } from '../../shared/dates';
import type { Printer } from '../print/printer';
import type { EnumValue, WORKER_ROLE } from '../../shared/enums';
import type { VaultPort } from './session/vault-port';

/**
 * Who is calling. Every door that faces a person runs as the worker whose passphrase
 * unlocked the store; `system` is the raw-key door of tests, benchmarks and seeding, which
 * has no account and may do everything (it never faces a person).
 */
export type Actor =
  | { kind: 'system' }
  | {
      kind: 'worker';
      workerId: string;
      role: EnumValue<typeof WORKER_ROLE>;
      /** Set when an admin acts for a colleague (session:set-worker): the worker whose account unlocked. */
      unlockedBy?: string;
    };
export const SYSTEM_ACTOR: Actor = { kind: 'system' };

export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };

/**
 * For demos and end-to-end tests only: PENDAMPING_FAKE_NOW (ISO 8601) sets what "now" was at
 * start; time then runs on normally from there, so events keep their order.
 */
export function clockFromEnv(env: NodeJS.ProcessEnv = process.env): Clock {
  const fake = env.PENDAMPING_FAKE_NOW;
  if (!fake) return systemClock;
  const start = Date.parse(fake);
  if (Number.isNaN(start)) throw new Error(`PENDAMPING_FAKE_NOW bukan waktu ISO 8601 yang sah: ${fake}`);
  const offset = start - Date.now();
  return { now: () => new Date(Date.now() + offset) };
}

/** Where unexpected errors go. Never give it personal data: only error names, messages, stacks. */
export interface Logger {
  error(message: string, detail?: unknown): void;
  info(message: string): void;
}
export const stderrLogger: Logger = {
  error: (message, detail) => console.error(`[pendamping] ${message}`, detail ?? ''),
  info: (message) => console.error(`[pendamping] ${message}`),
};

/** Everything a handler may touch. Tests pass a fixed clock and their own temp database. */
export interface CoreContext {
  db: Database;
  clock: Clock;
  newId: () => string;
  deviceId: string;
  log: Logger;
  /** HTML → PDF; absent where nothing may be printed. */
  printer?: Printer;
  /** The data folder and a way to reopen the store after a restore replaced its file. */
  storage?: { dataDir: string; key: Buffer; reopen(): Database };
  /** Who is acting now; the unlock sets it, a lock clears the door, not this. */
  actor: Actor;
  /** The accounts of the data folder; present only when an account unlocked it (the gate). */
  vault?: VaultPort;
}

export function createContext(
  db: Database,
  opts: { clock?: Clock; log?: Logger; newId?: () => string; printer?: Printer; storage?: CoreContext['storage']; actor?: Actor } = {},
): CoreContext {
  const clock = opts.clock ?? systemClock;
  const ulid = monotonicFactory(pooledRandom());
  return {
    db,
    clock,
    newId: opts.newId ?? (() => ulid(clock.now().getTime())),
    deviceId: ensureDeviceId(db, () => ulid()),
    log: opts.log ?? stderrLogger,
    printer: opts.printer,
    storage: opts.storage,
    actor: opts.actor ?? SYSTEM_ACTOR,
  };
}

/**
 * The random part of ids, from the system's CSPRNG as ulid's own default, but drawn 256 bytes
 * at a time: ulid asks for one byte per character, and a getRandomValues call per byte made
 * a new id cost ~40 µs (a logged visit makes three or more).
 */
export function pooledRandom(): () => number {
  const pool = new Uint8Array(256);
  let next = pool.length;
  return () => {
    if (next === pool.length) {
      randomFillSync(pool);
      next = 0;
    }
    return pool[next++] / 256;
  };
}

/** A random id for this installation, recorded with every change (for sync later). */
function ensureDeviceId(db: Database, make: () => string): string {
  const row = db.prepare(`SELECT value FROM meta WHERE key = 'device_id'`).get() as { value: string } | undefined;
  if (row) return row.value;
  const id = make();
  db.prepare(`INSERT INTO meta (key, value) VALUES ('device_id', ?)`).run(id);
  return id;
}

export const nowIso = (ctx: CoreContext) => ctx.clock.now().toISOString();

/** Today's date (YYYY-MM-DD) in the office's time zone (WIB/WITA/WIT). */
export function todayIn(ctx: CoreContext, timeZone: string): string {
  return dateInZone(ctx.clock.now(), timeZone);
}
