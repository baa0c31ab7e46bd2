import Database from 'better-sqlite3-multiple-ciphers';
import { fileTypeFromBuffer } from 'file-type';
import { closeSync, existsSync, fsyncSync, openSync, readSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../shared/result';
import { loadMigrations, migrate } from '../../db/migrate';
import { openEncrypted } from '../../db/open';
import { DB_FILE, defaultMigrationsDir } from '../../db/store';
import { KEYRING_FILE, keyringExists, parseKeyring, writeKeyring, type Keyring } from '../../vault/keyring';
import { tryPassphrase, tryRecoveryKey } from '../../vault/vault';
import { recordAudit, type AuditDetail } from '../audit/record';
import { createContext, type Clock, type Logger } from '../context';
import { getWorker } from '../workers/handlers';
import { verifyBackup } from './files';

/**
 * A backup into a data folder that has no accounts and no data yet: the new laptop after the
 * old disk died. Shared by `pendamping restore` (electron/cli/restore.ts) and the first-run
 * screen (`session:restore-in`, core/session/restore-in.ts). Everything is checked before the
 * folder is touched: the keyring copy beside the backup must unwrap with what the worker
 * typed, and the backup must open with the key it gives, pass integrity_check and not come
 * from a newer Pendamping. Then the store goes in first and the keyring last, each by an
 * atomic rename: until the keyring is there the folder still counts as not set up.
 */

export type RestoreCredentials = { login: string; passphrase: string } | { recoveryKey: string };

export interface Unwrapped {
  dbKey: Buffer;
  /** The account's worker; null for the recovery key (which proves possession, not identity). */
  workerId: string | null;
  via: 'frasa_sandi' | 'kunci_pemulihan';
}

/** The same words as the unlock screen's, so a person meets one message for one mistake. */
export const WRONG_PASSPHRASE = 'Nama pengguna atau frasa sandi salah.';
export const WRONG_RECOVERY_KEY = 'Kunci pemulihan salah. Periksa huruf dan angkanya pada kertas yang dicetak saat penyiapan.';
export const NOT_A_KEYRING = `Berkas ini bukan salinan kunci akun Pendamping (${KEYRING_FILE}), atau rusak. Pilih ${KEYRING_FILE} dari folder cadangan yang sama dengan berkas cadangan. Tidak ada yang ditulis.`;
export const NOT_A_BACKUP = 'Berkas ini bukan cadangan Pendamping (.pbak), atau terpotong saat disalin. Pilih berkas pendamping-….pbak dari folder cadangan. Tidak ada yang ditulis.';
export const DAMAGED_BACKUP = 'Berkas cadangan rusak atau terpotong (misalnya flashdisk dicabut saat menyalin). Pilih cadangan lain dari folder yang sama. Tidak ada yang ditulis.';
export const KEYRING_NOT_OF_BACKUP = `Salinan kunci akun ini bukan milik cadangan ini: frasa sandinya cocok, tetapi kunci yang dibukanya tidak membuka berkas cadangan. Pilih ${KEYRING_FILE} dari folder yang sama dengan berkas cadangan. Tidak ada yang ditulis.`;

const beside = (path: string, message: string, code: 'VALIDATION' | 'CONFLICT' = 'VALIDATION', details?: Record<string, string>) =>
  new AppError(code, message, { fields: [{ path, message }], ...(details ? { details } : {}) });

/** A keyring copy as it came (a file's bytes); anything else is refused beside the keyring field. */
export function readKeyringCopy(bytes: Buffer): Keyring {
  try {
    return parseKeyring(bytes.toString('utf8'), KEYRING_FILE);
  } catch {
    throw beside('keyring', NOT_A_KEYRING);
  }
}

/**
 * The database key from the keyring copy, with an account's login and passphrase or with the
 * recovery key. The copy's own throttle is honoured. A refusal leaves nothing anywhere: the
 * copy is only in memory, and whoever holds the file could try passphrases against it
 * offline anyway — argon2id's cost is what protects it, as on the old laptop.
 */
export async function unwrapKeyring(keyring: Keyring, creds: RestoreCredentials, now: Date): Promise<Unwrapped> {
  if ('recoveryKey' in creds) {
    const r = tryRecoveryKey(keyring, creds.recoveryKey, now);
    if (r.ok) return { dbKey: r.dbKey, workerId: null, via: 'kunci_pemulihan' };
    throw refusedCredentials('recoveryKey', r, WRONG_RECOVERY_KEY);
  }
  const r = await tryPassphrase(keyring, creds.login, creds.passphrase, now);
  if (r.ok) return { dbKey: r.dbKey, workerId: r.entry.workerId, via: 'frasa_sandi' };
  throw refusedCredentials('passphrase', r, WRONG_PASSPHRASE);
}

function refusedCredentials(path: string, r: { reason: 'wrong' } | { reason: 'throttled'; retryAfterSeconds: number }, wrong: string) {
  if (r.reason === 'wrong') return beside(path, wrong);
  return beside(path, `Terlalu banyak percobaan yang salah. Coba lagi dalam ${r.retryAfterSeconds} detik.`, 'VALIDATION', { retryAfterSeconds: String(r.retryAfterSeconds) });
}

/**
 * Checks a backup file with the key the keyring gave, naming which of the two files is at
 * fault. SQLite says "not a database" both for a key that does not fit and for a file that is
 * no database at all; an encrypted store looks like random bytes, so what tells them apart is
 * the file itself: whole pages, no known file type, no plain SQLite header.
 */
export async function checkBackupForRestore(file: string, dbKey: Buffer): Promise<{ version: number }> {
  if (!opensWith(file, dbKey)) {
    // A store the key does not open: the keyring beside it is another office's (or another folder's).
    throw (await looksLikeStore(file)) ? beside('keyring', KEYRING_NOT_OF_BACKUP) : beside('backup', NOT_A_BACKUP);
  }
  try {
    return verifyBackup(file, dbKey, loadMigrations(defaultMigrationsDir()).length);
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    if (e.body.code === 'CONFLICT') throw beside('backup', e.body.message.replace('Data saat ini tidak diubah.', 'Tidak ada yang ditulis.'), 'CONFLICT');
    throw beside('backup', DAMAGED_BACKUP);
  }
}

/** Whether the key decrypts the first page (the rest is integrity_check's job). */
function opensWith(file: string, dbKey: Buffer): boolean {
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    db.pragma(`cipher = 'chacha20'`);
    db.pragma(`hexkey = '${dbKey.toString('hex')}'`);
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return true;
  } catch (e) {
    return (e as { code?: string }).code !== 'SQLITE_NOTADB';
  } finally {
    db?.close();
  }
}

async function looksLikeStore(file: string): Promise<boolean> {
  const size = statSync(file).size;
  if (size < 4096 || size % 512 !== 0) return false; // SQLite pages are 512 bytes or a power of two above
  const head = Buffer.alloc(4100);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  if (head.subarray(0, 16).toString('latin1') === 'SQLite format 3\0') return false; // a plain, unencrypted database
  return (await fileTypeFromBuffer(head)) === undefined;
}

export interface InstallOptions {
  clock: Clock;
  log: Logger;
  /** The door, for the audit row ('session:restore-in', 'cli:restore'). */
  channel: string;
  /** Tokens only (file names through fileToken): the trail never holds free text. */
  detail?: AuditDetail;
}

/**
 * Installs a backup already copied into the data folder as `incoming`, with its keyring:
 * checked (above), migrated and its restore recorded in its own audit trail while it still
 * has its temporary name, then renamed into place, and the keyring written last. On any
 * refusal the temporary file goes and the folder is as it was. Returns the backup's schema.
 */
export async function installRestoredBackup(dataDir: string, incoming: string, keyring: Keyring, unwrapped: Unwrapped, o: InstallOptions): Promise<{ version: number }> {
  const target = join(dataDir, DB_FILE);
  const mark = join(dataDir, RESTORE_MARK);
  let placed = false;
  finishInterruptedRestore(dataDir);
  try {
    if (existsSync(target) || keyringExists(dataDir)) {
      throw new AppError('CONFLICT', `Folder ${dataDir} sudah berisi data Pendamping. Pulihkan ke folder baru yang kosong; data di sini tidak diubah.`);
    }
    const { version } = await checkBackupForRestore(incoming, unwrapped.dbKey);
    recordRestore(incoming, dataDir, unwrapped, version, o);
    syncFile(incoming);
    // Between the two renames the folder holds a store no account opens: the mark says so to
    // the next start (finishInterruptedRestore) if the laptop dies right then.
    writeFileSync(mark, 'pendamping restore\n');
    syncFile(mark);
    renameSync(incoming, target);
    placed = true;
    writeKeyring(dataDir, keyring); // from here on the folder is set up (locked)
    rmSync(mark, { force: true });
    return { version };
  } catch (e) {
    for (const f of [incoming, `${incoming}-wal`, `${incoming}-shm`]) rmSync(f, { force: true });
    if (placed) rmSync(target, { force: true });
    rmSync(mark, { force: true });
    throw e;
  }
}

/** Present only while a restore is placing its store and keyring (installRestoredBackup). */
const RESTORE_MARK = 'pemulihan-belum-selesai';

/**
 * A restore cut off between placing the store and writing its keyring (a crash, a power cut)
 * left a store that no account opens and that would make the folder refuse every restore and
 * setup. It goes, and the folder is empty again: the backup itself was only copied, so the
 * restore can simply be done again. A restore that got as far as its keyring is complete and
 * only loses the mark. Called at every start of the folder's gate and before a restore.
 */
export function finishInterruptedRestore(dataDir: string): void {
  const mark = join(dataDir, RESTORE_MARK);
  if (!existsSync(mark)) return;
  if (!keyringExists(dataDir)) for (const f of [DB_FILE, `${DB_FILE}-wal`, `${DB_FILE}-shm`]) rmSync(join(dataDir, f), { force: true });
  rmSync(mark, { force: true });
}

/** Opens the incoming store as the first unlock would (migrating an older one) and writes the audit row. */
function recordRestore(file: string, dataDir: string, unwrapped: Unwrapped, version: number, o: InstallOptions) {
  const db = openEncrypted(file, unwrapped.dbKey, { mustExist: true });
  try {
    migrate(db, loadMigrations(defaultMigrationsDir()));
    const ctx = createContext(db, {
      clock: o.clock,
      log: o.log,
      storage: {
        dataDir,
        key: unwrapped.dbKey,
        reopen: () => {
          throw new Error('not reopened during a restore');
        },
      },
    });
    let actor = { workerId: null as string | null, role: 'tidak_dikenal' };
    if (unwrapped.workerId) {
      const w = getWorker(ctx, unwrapped.workerId);
      if (!w || !w.active) {
        throw new AppError('FORBIDDEN', 'Profil pekerja untuk akun ini tidak ada atau nonaktif, jadi akun ini tidak dapat membuka data. Hubungi admin.');
      }
      actor = { workerId: w.id, role: w.role };
    }
    recordAudit(ctx, { action: 'pulihkan', channel: o.channel, entity: 'store', actor, detail: { ...o.detail, via: unwrapped.via, schema: version } });
  } finally {
    db.close(); // checkpoints: the WAL goes back into the file before it is renamed
  }
}

function syncFile(file: string) {
  const fd = openSync(file, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
