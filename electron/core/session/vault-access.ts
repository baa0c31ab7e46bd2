import { AppError } from '../../../shared/result';
import { entryId, readKeyring, writeKeyring, type AccountEntry, type Keyring } from '../../vault/keyring';
import { makeAccount, readLogin, replaceRecovery, setPassphrase, tryEntry } from '../../vault/vault';
import type { Clock } from '../context';
import type { AccountRecord, VaultPort } from './vault-port';

/**
 * The keyring as the core sees it once an account has unlocked: every change reads the file
 * afresh and writes it atomically; the database key (held here, never handed out) only wraps.
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
        if (k.accounts.some((a) => a.id === entryId(k, login))) throw taken('Nama pengguna ini sudah dipakai akun lain.', 'login');
        if (k.accounts.some((a) => a.workerId === workerId)) throw taken('Pekerja ini sudah punya akun.', 'workerId');
        const entry = await makeAccount(k, o.dbKey, { workerId, login, passphrase }, o.clock.now());
        k.accounts.push(entry);
        writeKeyring(o.dataDir, k);
        return record(k, entry);
      }),

    remove: (workerId) => {
      const k = read();
      const before = k.accounts.length;
      k.accounts = k.accounts.filter((a) => a.workerId !== workerId);
      if (k.accounts.length === before) throw new AppError('NOT_FOUND', 'Akun tidak ditemukan.');
      writeKeyring(o.dataDir, k);
    },

    changeOwnPassphrase: (passphrase) =>
      o.serial(async () => {
        const k = read();
        const next = await setPassphrase(k, own(k), o.dbKey, passphrase, o.clock.now());
        writeKeyring(o.dataDir, k);
        return record(k, next);
      }),

    newRecoveryKey: () =>
      o.serial(async () => {
        const k = read();
        const text = replaceRecovery(k, o.dbKey, o.clock.now());
        writeKeyring(o.dataDir, k);
        return text;
      }),
  };
}
