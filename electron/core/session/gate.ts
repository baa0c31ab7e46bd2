import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { channels, isChannelName, type ChannelName, type ChannelParsed, type SessionStatus, type SetupResult, type Worker } from '../../../shared/contract';
import { validationError } from '../../../shared/contract/validation';
import { AppError, type AppErrorBody, type Result } from '../../../shared/result';
import { lockDataFolder, type Door, type FolderLock } from '../../db/folder-lock';
import { destroyKeyFile, readLegacyKey } from '../../db/key-file';
import { StoreOpenError } from '../../db/open';
import { DB_FILE, ensureDataDir } from '../../db/store';
import { finishInterruptedRestore } from '../backups/restore-new-folder';
import type { Printer } from '../../print/printer';
import { entryId, keyringExists, readKeyring, writeKeyring, type Keyring } from '../../vault/keyring';
import { createKeyring, replaceRecovery, setPassphrase, takeEvents, tryPassphrase, tryRecoveryKey } from '../../vault/vault';
import { stderrLogger, systemClock, type Clock, type CoreContext, type Logger } from '../context';
import { openCore, type OpenedCore } from '../open-core';
import { readSecurity } from '../settings/security';
import { getWorker } from '../workers/handlers';
import { restoreActingFor } from '../workers/session';
import { adoptFirstAdmin } from './first-admin';
import { recordLock } from '../audit/session';
import { reportUnlock, type UnlockReport } from './unlock-events';
import { createVaultPort } from './vault-access';
import { moveInFolder } from './move-in';
import { restoreInFolder } from './restore-in';

/**
 * The gate in front of the core, for every door that faces a person (desktop IPC, browser
 * mode, the command line). States: uninitialised (no keyring yet) → locked → unlocked. While
 * not unlocked the store is closed and only the session channels answer; every other channel
 * gets LOCKED. Unlocking unwraps the database key for one account, opens the store and makes
 * that account's worker the actor. The idle lock is enforced here, not only in the screens.
 */

export interface GateOptions {
  clock?: Clock;
  log?: Logger;
  printer?: Printer;
  env?: NodeJS.ProcessEnv;
  /** Desktop: the database key the OS wrapped under the old scheme, adopted by the first setup. */
  legacyKey?: { present: boolean; load(): Promise<Buffer>; forget(): void };
  /** Also lock after the idle time while no call arrives (long-running doors). */
  idleTimer?: boolean;
  /** Take the data folder's lock for the gate's lifetime (default); tests drive one folder through several doors. */
  lock?: boolean;
  door?: Door;
  onUnlock?: (ctx: CoreContext, report: UnlockReport) => boolean;
}

export interface Gate {
  readonly dataDir: string;
  readonly log: Logger;
  /** The open core while unlocked, else null. */
  readonly core: OpenedCore | null;
  status(): SessionStatus;
  /** The doors' entry, like Core.callAsync: session channels here, the rest to the core once unlocked. */
  callAsync(name: unknown, input: unknown): Promise<Result<unknown>>;
  lock(reason?: 'manual' | 'idle'): Promise<void>;
  close(): Promise<void>;
}

const GATE_CHANNELS = new Set<ChannelName>(['session:status', 'session:setup', 'session:unlock', 'session:recover', 'session:lock', 'session:move-in', 'session:restore-in']);
const IDLE_CHECK_MS = 30_000;

export function openGate(dataDir: string, opts: GateOptions = {}): Gate {
  const clock = opts.clock ?? systemClock;
  const log = opts.log ?? stderrLogger;
  const env = opts.env ?? process.env;
  const onUnlock = opts.onUnlock ?? reportUnlock;
  ensureDataDir(dataDir);
  const folderLock: FolderLock | null = opts.lock === false ? null : lockDataFolder(dataDir, opts.door);
  // Only once the folder is ours: a restore cut off midway left a store without its keyring.
  finishInterruptedRestore(dataDir);

  let core: OpenedCore | null = null;
  let key: Buffer | null = null;
  let accountWorkerId: string | null = null;
  let lockedBecause: SessionStatus['lockedBecause'] = null;
  let lastUse = 0;
  let inFlight = 0;
  let closing: OpenedCore[] = [];
  let closed = false;

  // Session work (argon2, keyring writes) runs one at a time: two unlocks never race on the file.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => {});
    return next;
  };

  const now = () => clock.now();
  const autoLockMinutes = () => (core ? readSecurity(core.ctx).autoLockMinutes : null);

  const currentWorker = (): Worker | null => {
    if (!core) return null;
    const a = core.ctx.actor;
    return a.kind === 'worker' ? getWorker(core.ctx, a.workerId) : null;
  };
  const unlockedBy = (): Worker | null => {
    const a = core?.ctx.actor;
    return core && a?.kind === 'worker' && a.unlockedBy ? getWorker(core.ctx, a.unlockedBy) : null;
  };

  const status = (): SessionStatus => {
    if (!keyringExists(dataDir)) {
      return { state: 'uninitialised', existingData: legacyPresent(), currentWorker: null, unlockedBy: null, lockedBecause: null, autoLockMinutes: null };
    }
    if (!core) return { state: 'locked', existingData: false, currentWorker: null, unlockedBy: null, lockedBecause, autoLockMinutes: null };
    return { state: 'unlocked', existingData: false, currentWorker: currentWorker(), unlockedBy: unlockedBy(), lockedBecause: null, autoLockMinutes: autoLockMinutes() };
  };

  const legacyPresent = () => {
    try {
      return readLegacyKey(dataDir, env) !== null || !!opts.legacyKey?.present;
    } catch {
      return true; // a damaged key file is still old data; setup explains what is wrong
    }
  };

  const openStoreWith = (dbKey: Buffer): OpenedCore => {
    try {
      return openCore(dataDir, { key: dbKey, clock, log, printer: opts.printer, lock: false });
    } catch (e) {
      if (e instanceof StoreOpenError) throw new AppError('INTERNAL', `${e.message} Kunci akun tidak cocok dengan berkas data; pulihkan berkas data dari cadangan atau paket pindah.`);
      throw e;
    }
  };

  /** The account's worker acts from now on; the store stays open until the next lock. */
  const becomeUnlocked = (opened: OpenedCore, dbKey: Buffer, worker: Worker, via: UnlockReport['via'], keyring: Keyring) => {
    if (core && core !== opened) void retire(core);
    core = opened;
    key = dbKey;
    accountWorkerId = worker.id;
    lockedBecause = null;
    lastUse = now().getTime();
    opened.ctx.actor = { kind: 'worker', workerId: worker.id, role: worker.role };
    if (via !== 'setup') restoreActingFor(opened.ctx);
    opened.ctx.vault = createVaultPort({ dataDir, clock, serial, dbKey, accountWorkerId: worker.id });
    const failedBefore = takeEvents(keyring);
    let handed = false;
    try {
      handed = onUnlock(opened.ctx, { via, workerId: worker.id, failedBefore });
    } catch (e) {
      log.error('unlock report failed', e instanceof Error ? e.message : String(e));
    }
    if (!handed) keyring.events.unshift(...failedBefore);
    writeKeyring(dataDir, keyring);
  };

  /** Closes a core once the calls still running on it have finished. */
  const retire = async (old: OpenedCore) => {
    if (inFlight > 0) {
      closing.push(old);
      return;
    }
    await old.close();
  };

  const lock = async (reason: 'manual' | 'idle' = 'manual') => {
    if (!core) return;
    const old = core;
    core = null;
    key = null;
    accountWorkerId = null;
    lockedBecause = reason;
    old.ctx.vault = undefined;
    try {
      recordLock(old.ctx, reason); // while the store is still open
    } catch (e) {
      log.error('lock not recorded in the audit trail', e instanceof Error ? e.message : String(e));
    }
    await retire(old);
  };

  /** A call after the idle time finds the data locked (and the key out of reach). */
  const lockIfIdle = async () => {
    const minutes = core ? autoLockMinutes() : null;
    if (core && minutes !== null && now().getTime() - lastUse >= minutes * 60_000) await lock('idle');
  };

  const lockedError = (): AppErrorBody => {
    const s = status();
    if (s.state === 'uninitialised') {
      return { code: 'LOCKED', message: 'Folder data belum disiapkan. Buat akun admin pertama terlebih dahulu.', details: { state: 'uninitialised' } };
    }
    if (lockedBecause === 'idle') {
      return {
        code: 'LOCKED',
        message: 'Data terkunci otomatis karena lama tidak dipakai. Buka lagi dengan nama pengguna dan frasa sandi Anda.',
        details: { state: 'locked', reason: 'idle' },
      };
    }
    return { code: 'LOCKED', message: 'Data terkunci. Buka dengan nama pengguna dan frasa sandi Anda.', details: { state: 'locked' } };
  };

  const credentialsError = (field: string, r: { reason: 'wrong' } | { reason: 'throttled'; retryAfterSeconds: number }, wrong: string) => {
    const message = r.reason === 'throttled' ? `Terlalu banyak percobaan yang salah. Coba lagi dalam ${r.retryAfterSeconds} detik.` : wrong;
    return new AppError('VALIDATION', message, {
      fields: [{ path: field, message }],
      ...(r.reason === 'throttled' ? { details: { retryAfterSeconds: String(r.retryAfterSeconds) } } : {}),
    });
  };

  const mustHaveKeyring = (): Keyring => {
    const k = readKeyring(dataDir);
    if (!k) throw new AppError('LOCKED', lockedError().message, { details: { state: 'uninitialised' } });
    return k;
  };

  const activeWorker = (opened: OpenedCore, workerId: string): Worker => {
    const w = getWorker(opened.ctx, workerId);
    if (!w || !w.active) {
      throw new AppError('FORBIDDEN', 'Profil pekerja untuk akun ini tidak ada atau nonaktif, jadi akun ini tidak dapat membuka data. Hubungi admin.');
    }
    return w;
  };

  /** Opens the store for an unwrapped key, or uses the open one (switching accounts while unlocked). */
  const withStore = async <T>(dbKey: Buffer, work: (opened: OpenedCore) => T): Promise<T> => {
    const reuse = core && key?.equals(dbKey) ? core : null;
    const opened = reuse ?? openStoreWith(dbKey);
    try {
      return work(opened);
    } catch (e) {
      if (!reuse) await opened.close();
      throw e;
    }
  };

  const handlers = {
    'session:status': async () => status(),

    'session:lock': async ({ reason }: { reason: 'manual' | 'idle' }) => {
      await lock(reason);
      return status();
    },

    'session:setup': (input: { name: string; position: string | null; login: string; passphrase: string }): Promise<SetupResult> =>
      serial(async () => {
        if (keyringExists(dataDir)) {
          throw new AppError('CONFLICT', 'Folder data ini sudah disiapkan; admin pertama sudah ada. Buka dengan nama pengguna dan frasa sandi.');
        }
        const fromFile = readLegacyKey(dataDir, env);
        const legacy = fromFile ?? (opts.legacyKey?.present ? await opts.legacyKey.load() : null);
        if (!legacy && existsSync(join(dataDir, DB_FILE))) {
          throw new AppError(
            'CONFLICT',
            `Folder ${dataDir} sudah berisi berkas data, tetapi kuncinya (berkas 'key' atau PENDAMPING_KEY) tidak ditemukan. ` +
              'Pendamping tidak membuat kunci baru karena kunci baru tidak dapat membuka data lama. Data tidak diubah.',
          );
        }
        const dbKey = legacy ?? randomBytes(32);
        const opened = openStoreWith(dbKey);
        let result: { keyring: Keyring; recoveryKey: string };
        let worker: Worker;
        try {
          worker = adoptFirstAdmin(opened, input);
          result = await createKeyring(dbKey, { workerId: worker.id, login: input.login, passphrase: input.passphrase }, now());
          // Another door may have finished setting up meanwhile: never replace its keyring.
          if (keyringExists(dataDir)) throw new AppError('CONFLICT', 'Folder data ini baru saja disiapkan dari pintu lain. Buka dengan akun yang dibuat di sana.');
          writeKeyring(dataDir, result.keyring);
        } catch (e) {
          await opened.close();
          throw e;
        }
        // The key is wrapped for the admin now: the old unprotected copies go.
        // (PENDAMPING_KEY itself lives in the caller's environment: only they can drop it.)
        if (fromFile) destroyKeyFile(dataDir);
        else if (legacy) opts.legacyKey?.forget();
        becomeUnlocked(opened, dbKey, worker, 'setup', result.keyring);
        return { status: status(), recoveryKey: result.recoveryKey };
      }),

    'session:unlock': (input: { login: string; passphrase: string }) =>
      serial(async () => {
        const keyring = mustHaveKeyring();
        const r = await tryPassphrase(keyring, input.login, input.passphrase, now());
        if (!r.ok) {
          writeKeyring(dataDir, keyring);
          throw credentialsError('passphrase', r, 'Nama pengguna atau frasa sandi salah.');
        }
        await withStore(r.dbKey, (opened) => becomeUnlocked(opened, r.dbKey, activeWorker(opened, r.entry.workerId), 'passphrase', keyring));
        return status();
      }),

    'session:recover': (input: { recoveryKey: string; login: string; newPassphrase: string }): Promise<SetupResult> =>
      serial(async () => {
        const keyring = mustHaveKeyring();
        const r = tryRecoveryKey(keyring, input.recoveryKey, now());
        if (!r.ok) {
          writeKeyring(dataDir, keyring);
          throw credentialsError('recoveryKey', r, 'Kunci pemulihan salah. Periksa huruf dan angkanya pada kertas yang dicetak saat penyiapan.');
        }
        const entry = keyring.accounts.find((a) => a.id === entryId(keyring, input.login));
        if (!entry) {
          writeKeyring(dataDir, keyring);
          const message = 'Tidak ada akun dengan nama pengguna ini.';
          throw new AppError('VALIDATION', message, { fields: [{ path: 'login', message }] });
        }
        const opened = core && key?.equals(r.dbKey) ? core : openStoreWith(r.dbKey);
        let recoveryKey: string;
        let worker: Worker;
        try {
          worker = activeWorker(opened, entry.workerId);
          await setPassphrase(keyring, entry, r.dbKey, input.newPassphrase, now());
          // The used key was typed somewhere: a fresh one replaces it, shown once.
          recoveryKey = replaceRecovery(keyring, r.dbKey, now());
        } catch (e) {
          if (opened !== core) await opened.close();
          throw e;
        }
        becomeUnlocked(opened, r.dbKey, worker, 'recovery', keyring);
        return { status: status(), recoveryKey };
      }),

    'session:move-in': (input: { bundle: string; password: string }) =>
      serial(async () => {
        await moveInFolder(dataDir, status(), input);
        return status();
      }),

    'session:restore-in': (input: ChannelParsed<'session:restore-in'>) =>
      serial(async () => {
        await restoreInFolder(dataDir, status(), input, { clock, log });
        return status();
      }),
  } as const;

  const callAsync = async (name: unknown, input: unknown): Promise<Result<unknown>> => {
    if (closed) return { ok: false, error: { code: 'LOCKED', message: 'Pendamping sedang ditutup.', details: { state: 'locked' } } };
    if (isChannelName(name) && GATE_CHANNELS.has(name)) {
      const parsed = channels[name].input.safeParse(input);
      if (!parsed.success) return { ok: false, error: validationError(parsed.error) };
      try {
        const handler = handlers[name as keyof typeof handlers] as (i: unknown) => Promise<unknown>;
        return { ok: true, value: await handler(parsed.data) };
      } catch (e) {
        return { ok: false, error: errorBody(e, log, name) };
      }
    }
    await lockIfIdle();
    if (!core) {
      // An unknown channel name is still NOT_FOUND, so a typo is not mistaken for a lock.
      if (!isChannelName(name)) return { ok: false, error: { code: 'NOT_FOUND', message: `Kanal tidak dikenal: ${String(name).slice(0, 80)}` } };
      return { ok: false, error: lockedError() };
    }
    const serving = core;
    lastUse = now().getTime();
    inFlight++;
    try {
      return await serving.callAsync(name, input);
    } finally {
      inFlight--;
      lastUse = now().getTime();
      if (inFlight === 0 && closing.length) {
        const old = closing;
        closing = [];
        for (const c of old) await c.close();
      }
    }
  };

  const timer = opts.idleTimer ? setInterval(() => void lockIfIdle().catch((e) => log.error('idle lock failed', e)), IDLE_CHECK_MS) : null;
  timer?.unref();

  return {
    dataDir,
    log,
    get core() {
      return core;
    },
    status,
    callAsync,
    lock,
    close: async () => {
      if (closed) return;
      closed = true;
      if (timer) clearInterval(timer);
      await lock('manual');
      for (const c of closing.splice(0)) await c.close();
      folderLock?.release();
    },
  };
}

function errorBody(e: unknown, log: Logger, channel: string): AppErrorBody {
  if (e instanceof AppError) return e.body;
  const incidentId = randomBytes(4).toString('hex');
  // Only the error itself, never the input: it holds a passphrase.
  log.error(`incident ${incidentId} on ${channel}`, e instanceof Error ? (e.stack ?? e.message) : String(e));
  return {
    code: 'INTERNAL',
    // The keyring's and the OS key's own messages say what to do; they hold no personal data.
    message: `${e instanceof Error && (e.name === 'KeyringError' || e.name === 'SecureKeyError') ? e.message + ' ' : ''}Terjadi kesalahan tak terduga; tidak ada yang diubah. Sebutkan kode insiden ${incidentId} kepada admin.`,
    incidentId,
  };
}
