import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The database key in the Electron app: 256 random bits, kept on disk only wrapped by the
 * operating system (Electron's safeStorage: DPAPI on Windows, Keychain on macOS, the Secret
 * Service or KWallet on Linux). The wrapped key lives in the user-data folder beside the
 * data folder. safeStorage is injected, so tests use a stand-in.
 *
 * Invariant: an existing key file or an existing database is never answered with a new key.
 * Every doubt ends in a SecureKeyError, which main.ts shows to the user before quitting.
 */

export const WRAPPED_KEY_FILE = 'kunci-basis-data.json';

/** The non-deprecated (async) part of Electron 45's safeStorage that this module uses. */
export interface SafeStorageLike {
  isAsyncEncryptionAvailable(): Promise<boolean>;
  encryptStringAsync(plainText: string): Promise<Buffer>;
  decryptStringAsync(encrypted: Buffer): Promise<{ result: string; shouldReEncrypt: boolean }>;
  /** Linux only: which password store wraps the key ('basic_text' means none: a fixed password). */
  getSelectedStorageBackend?(): string;
}

export type SecureKeyFailure =
  /** The OS cannot wrap secrets right now (no keyring, or called before `ready`). */
  | 'unavailable'
  /** The wrapped key exists but the OS would not unwrap it (another user, a reinstalled OS, a changed keyring). */
  | 'undecryptable'
  /** The key file is not what this module writes. */
  | 'malformed'
  /** A database exists but its wrapped key does not: a new key would not open it. */
  | 'missing';

export class SecureKeyError extends Error {
  constructor(
    readonly reason: SecureKeyFailure,
    message: string,
    readonly file: string,
  ) {
    super(message);
    this.name = 'SecureKeyError';
  }
}

interface WrappedKeyFile {
  format: 'pendamping-wrapped-key';
  version: 1;
  /** base64 of safeStorage's output for the key's 64 hex digits. */
  wrapped: string;
  /** The Linux password store that wrapped it, to explain a later failure. */
  backend?: string;
  createdAt: string;
}

export interface SecureKeyOptions {
  /** Where the wrapped key file lives (Electron's userData folder). */
  dir: string;
  safeStorage: SafeStorageLike;
  /** The database file the key opens: if it exists, a missing key is an error, not a new key. */
  databaseFile: string;
  now?: () => Date;
}

export interface SecureKey {
  key: Buffer;
  created: boolean;
  /** The Linux store in use; 'basic_text' means the wrap is obfuscation only. */
  backend?: string;
}

export async function loadOrCreateSecureKey(opts: SecureKeyOptions): Promise<SecureKey> {
  const file = join(opts.dir, WRAPPED_KEY_FILE);
  const backend = opts.safeStorage.getSelectedStorageBackend?.();
  if (!(await opts.safeStorage.isAsyncEncryptionAvailable().catch(() => false))) {
    throw new SecureKeyError(
      'unavailable',
      'Penyimpanan rahasia sistem operasi (safeStorage) tidak tersedia, sehingga kunci basis data tidak dapat dibuka ' +
        'atau dibuat dengan aman. Pastikan Anda masuk ke akun komputer seperti biasa (di Linux: keyring GNOME/KWallet aktif), ' +
        'lalu buka Pendamping lagi. Data tidak diubah.',
      file,
    );
  }
  if (existsSync(file)) return { key: await unwrap(file, opts, backend), created: false, backend };
  if (existsSync(opts.databaseFile)) {
    throw new SecureKeyError(
      'missing',
      `Berkas data ada (${opts.databaseFile}) tetapi kuncinya (${file}) tidak ditemukan. Pendamping tidak membuat kunci baru, ` +
        'karena kunci baru tidak dapat membuka data lama. Pulihkan berkas kunci dari cadangan atau hubungi admin. Data tidak diubah.',
      file,
    );
  }
  const key = randomBytes(32);
  await writeWrapped(file, key, opts, backend, { replace: false });
  return { key, created: true, backend };
}

/**
 * Passphrase unlock replaced this scheme: an installation that still has an OS-wrapped key
 * hands it to the first setup (the gate's `legacyKey`), which wraps it for the first admin's
 * account; then the wrapped file is deleted. A new installation never gets one.
 */
export function legacySecureKey(opts: { dir: string; safeStorage: SafeStorageLike }) {
  const file = join(opts.dir, WRAPPED_KEY_FILE);
  return {
    present: existsSync(file),
    load: async (): Promise<Buffer> => {
      if (!(await opts.safeStorage.isAsyncEncryptionAvailable().catch(() => false))) {
        throw new SecureKeyError(
          'unavailable',
          'Penyimpanan rahasia sistem operasi (safeStorage) tidak tersedia, sehingga kunci lama data ini tidak dapat dibuka untuk dipindahkan ke akun. ' +
            'Masuk ke akun komputer seperti biasa (di Linux: keyring GNOME/KWallet aktif), lalu buka Pendamping lagi. Data tidak diubah.',
          file,
        );
      }
      return unwrap(file, { ...opts, databaseFile: '' }, opts.safeStorage.getSelectedStorageBackend?.());
    },
    forget: () => rmSync(file, { force: true }),
  };
}

async function unwrap(file: string, opts: SecureKeyOptions, backend: string | undefined): Promise<Buffer> {
  const stored = readKeyFile(file);
  let plain: { result: string; shouldReEncrypt: boolean };
  try {
    plain = await opts.safeStorage.decryptStringAsync(Buffer.from(stored.wrapped, 'base64'));
  } catch {
    const changed = stored.backend && backend && stored.backend !== backend ? ` (disimpan dengan ${stored.backend}, sekarang ${backend})` : '';
    throw new SecureKeyError(
      'undecryptable',
      `Kunci basis data tidak dapat dibuka oleh sistem operasi${changed}. Ini terjadi bila Pendamping dibuka dengan akun ` +
        'komputer lain, setelah sistem dipasang ulang, atau bila penyimpanan rahasia berubah. Pendamping tidak membuat kunci ' +
        'baru agar data lama tidak hilang. Buka dengan akun semula atau hubungi admin. Data tidak diubah.',
      file,
    );
  }
  if (!/^[0-9a-f]{64}$/.test(plain.result)) {
    throw new SecureKeyError('malformed', `Isi kunci basis data di ${file} tidak sah. Data tidak diubah.`, file);
  }
  const key = Buffer.from(plain.result, 'hex');
  // The OS rotated its own key: wrap ours again with the new one (same database key).
  if (plain.shouldReEncrypt) await writeWrapped(file, key, opts, backend, { replace: true });
  return key;
}

function readKeyFile(file: string): WrappedKeyFile {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<WrappedKeyFile>;
    if (parsed.format === 'pendamping-wrapped-key' && parsed.version === 1 && typeof parsed.wrapped === 'string' && parsed.wrapped) {
      return parsed as WrappedKeyFile;
    }
  } catch {
    // fall through to the error below
  }
  throw new SecureKeyError('malformed', `Berkas kunci ${file} rusak atau bukan berkas kunci Pendamping. Data tidak diubah.`, file);
}

/** Writes beside the target then renames, so a crash never leaves half a key file. */
async function writeWrapped(
  file: string,
  key: Buffer,
  opts: SecureKeyOptions,
  backend: string | undefined,
  { replace }: { replace: boolean },
): Promise<void> {
  const wrapped = await opts.safeStorage.encryptStringAsync(key.toString('hex'));
  const body: WrappedKeyFile = {
    format: 'pendamping-wrapped-key',
    version: 1,
    wrapped: Buffer.from(wrapped).toString('base64'),
    ...(backend ? { backend } : {}),
    createdAt: (opts.now?.() ?? new Date()).toISOString(),
  };
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(body, null, 2) + '\n', { mode: 0o600, flag: 'w' });
  try {
    if (!replace && existsSync(file)) throw new Error(`refusing to replace ${file}`);
    renameSync(tmp, file);
  } catch (e) {
    unlinkSync(tmp);
    throw e;
  }
}
