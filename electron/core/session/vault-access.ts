import { AppError } from '../../../shared/result';
import { entryId, readKeyring, writeKeyring, type AccountEntry, type Keyring } from '../../vault/keyring';
import { makeAccount, readLogin, replaceRecovery, setPassphrase, tryEntry } from '../../vault/vault';
import type { Clock } from '../context';
import type { AccountRecord, Staged, VaultPort } from './vault-port';

/**
 * The keyring as the core sees it once an account has unlocked: every change reads the file
 * afresh and writes it atomically; the database key (held here, never handed out) only wraps.
 * Changes are staged (vault-port.ts): `apply` reads the file again and changes only the entry
 * concerned, so a failed-unlock count written meanwhile is kept.
 */
export function createVaultPort(o: {
  dataDir: string;
  clock: Clock;
  dbKey: Buffer;
  accountWorkerId: string;
  serial: <T>(work: () => Promise<T>) => Promise<T>;
}): VaultPort {
  const read = (): Keyring => {
    const k = readKeyring(o.dataDir);
    if (!k) throw new AppError('INTERNAL', 'Berkas akun (keyring.json) hilang dari folder data. Pulihkan dari cadangan folder atau paket pindah.');
    return k;
  };
  const record = (k: Keyring, e: AccountEntry): AccountRecord => ({
    workerId: e.workerId,
    login: readLogin(k, e, o.dbKey),
    createdAt: e.createdAt,
    passphraseChangedAt: e.changedAt,
    failedAttempts: e.throttle.failures,
  });
  const own = (k: Keyring) => {
    const e = k.accounts.find((a) => a.workerId === o.accountWorkerId);
    if (!e) throw new AppError('NOT_FOUND', 'Akun Anda sudah dihapus. Kunci lalu buka dengan akun lain.');
    return e;
  };

  /** The change to make to the keyring as it is when applied, written atomically. */
  const staged = <T>(value: T, change: (now: Keyring) => void): Staged<T> => ({
    value,
    apply: () => {
      const now = read();
      change(now);
      writeKeyring(o.dataDir, now);
    },
  });

  return {
    accountWorkerId: o.accountWorkerId,

    list: () => {
      const k = read();
      return k.accounts.map((e) => record(k, e));
    },

    checkOwnPassphrase: (passphrase) =>
      o.serial(async () => {
        const k = read();
        const r = await tryEntry(k, own(k), passphrase, o.clock.now(), 'passphrase-check-failed');
        writeKeyring(o.dataDir, k);
        if (r.ok) return { ok: true } as const;
        return { ok: false, retryAfterSeconds: r.reason === 'throttled' ? r.retryAfterSeconds : null } as const;
      }),

    add: (workerId, login, passphrase) =>
      o.serial(async () => {
        const k = read();
        const taken = (message: string, path: string) => new AppError('CONFLICT', message, { fields: [{ path, message }] });
        const check = (now: Keyring) => {
          if (now.accounts.some((a) => a.id === entryId(now, login))) throw taken('Nama pengguna ini sudah dipakai akun lain.', 'login');
          if (now.accounts.some((a) => a.workerId === workerId)) throw taken('Pekerja ini sudah punya akun.', 'workerId');
        };
        check(k);
        const entry = await makeAccount(k, o.dbKey, { workerId, login, passphrase }, o.clock.now());
        return staged(record(k, entry), (now) => {
          check(now);
          now.accounts.push(entry);
        });
      }),

    remove: (workerId) => {
      if (!read().accounts.some((a) => a.workerId === workerId)) throw new AppError('NOT_FOUND', 'Akun tidak ditemukan.');
      return staged(null, (now) => {
        now.accounts = now.accounts.filter((a) => a.workerId !== workerId);
      });
    },

    changeOwnPassphrase: (passphrase) =>
      o.serial(async () => {
        const k = read();
        const next = await setPassphrase(k, own(k), o.dbKey, passphrase, o.clock.now());
        return staged(record(k, next), (now) => {
          const i = now.accounts.findIndex((a) => a.workerId === o.accountWorkerId);
          if (i < 0) throw new AppError('NOT_FOUND', 'Akun Anda sudah dihapus. Kunci lalu buka dengan akun lain.');
          now.accounts[i] = next;
        });
      }),

    newRecoveryKey: () =>
      o.serial(async () => {
        const k = read();
        const text = replaceRecovery(k, o.dbKey, o.clock.now());
        return staged(text, (now) => {
          now.recovery = k.recovery;
        });
      }),
  };
}
