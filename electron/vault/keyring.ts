import { createHash, randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/**
 * `keyring.json` in the data folder: the database key wrapped once per account (argon2id of
 * the passphrase) and once by the recovery key, the failed-unlock throttle of each, and the
 * failed attempts made while the data was closed (handed to the audit trail at the next
 * unlock). Login names are not stored in the clear: an entry's id is a salted hash of the
 * name, and the name itself is sealed with a key only the open database key gives.
 */
export const KEYRING_FILE = 'keyring.json';

const b64 = z.string().max(4096).regex(/^[A-Za-z0-9+/]*={0,2}$/);
const sealed = z.strictObject({ nonce: b64, data: b64 });
const iso = z.string().max(40);
const throttle = z.strictObject({ failures: z.int().min(0), notBefore: iso.nullable() });

const accountEntry = z.strictObject({
  /** sha256(folder salt ‖ 0 ‖ lower-cased login), hex. */
  id: z.string().regex(/^[0-9a-f]{64}$/),
  workerId: z.string().max(40),
  kdf: z.strictObject({ alg: z.literal('argon2id'), m: z.int().min(8), t: z.int().min(1), p: z.int().min(1).max(255), salt: b64 }),
  /** The database key, AES-256-GCM under the argon2id key; associated data binds id and worker. */
  key: sealed,
  /** The login name, sealed with a key derived from the database key. */
  login: sealed,
  createdAt: iso,
  changedAt: iso,
  throttle,
});

const recoveryEntry = z.strictObject({
  kdf: z.strictObject({ alg: z.literal('hkdf-sha256'), salt: b64 }),
  key: sealed,
  createdAt: iso,
  throttle,
});

const unlockEvent = z.strictObject({
  at: iso,
  kind: z.enum(['unlock-failed', 'recovery-failed', 'passphrase-check-failed']),
  /** The entry tried (account id, or 'recovery'); null for a login that has no account. */
  entry: z.string().max(64).nullable(),
});

const keyringSchema = z.strictObject({
  format: z.literal('pendamping-keyring'),
  version: z.literal(1),
  salt: b64,
  accounts: z.array(accountEntry).max(1000),
  recovery: recoveryEntry.nullable(),
  events: z.array(unlockEvent).max(1000),
});

export type Keyring = z.infer<typeof keyringSchema>;
export type AccountEntry = z.infer<typeof accountEntry>;
export type RecoveryEntry = z.infer<typeof recoveryEntry>;
export type UnlockEvent = z.infer<typeof unlockEvent>;
export type Throttle = z.infer<typeof throttle>;

export class KeyringError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KeyringError';
  }
}

export const keyringPath = (dataDir: string) => join(dataDir, KEYRING_FILE);
export const keyringExists = (dataDir: string) => existsSync(keyringPath(dataDir));

export function emptyKeyring(): Keyring {
  return { format: 'pendamping-keyring', version: 1, salt: randomBytes(16).toString('base64'), accounts: [], recovery: null, events: [] };
}

export function entryId(keyring: Pick<Keyring, 'salt'>, login: string): string {
  return createHash('sha256').update(Buffer.from(keyring.salt, 'base64')).update('\0').update(login.trim().toLowerCase(), 'utf8').digest('hex');
}

/** The keyring, or null when the folder has none yet. A damaged file is an error, never "none". */
export function readKeyring(dataDir: string): Keyring | null {
  const file = keyringPath(dataDir);
  if (!existsSync(file)) return null;
  return parseKeyring(readFileSync(file, 'utf8'), file);
}

export function parseKeyring(text: string, source: string): Keyring {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = null;
  }
  const r = keyringSchema.safeParse(parsed);
  if (!r.success) {
    throw new KeyringError(`Berkas akun ${source} rusak atau bukan milik Pendamping. Pulihkan dari paket pindah atau cadangan folder. Data tidak diubah.`);
  }
  return r.data;
}

/**
 * Temp file in the same folder (0600) → fsync → rename → fsync the folder: a crash leaves
 * the old keyring or the new one, never half of one.
 */
export function writeKeyring(dataDir: string, keyring: Keyring): void {
  const file = keyringPath(dataDir);
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const fd = openSync(tmp, 'wx', 0o600);
  try {
    try {
      writeSync(fd, JSON.stringify(keyring, null, 2) + '\n');
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true }); // a full disk half-way leaves no temp file behind
    throw e;
  }
  syncFolder(dataDir);
}

function syncFolder(dir: string): void {
  if (process.platform === 'win32') return; // folders cannot be opened for fsync there
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // some file systems refuse; the rename itself is still atomic
  }
}
