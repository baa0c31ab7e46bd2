import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, existsSync, fsyncSync, openSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The old key-file scheme of browser mode and the command line, kept only to migrate from:
 * PENDAMPING_KEY (64 hex digits) or `key` (0600) in the data folder held the raw database
 * key. Passphrase unlock (electron/vault) replaced it: the first setup wraps that key for
 * the new admin account, then the key file is overwritten and deleted. Nothing creates a
 * key file any more except move-in of an old bundle that carries one.
 */
export const KEY_FILE = 'key';

export function parseHexKey(hex: string, source: string): Buffer {
  const clean = hex.trim();
  if (!/^[0-9a-fA-F]{64}$/.test(clean)) throw new Error(`${source} harus berisi 64 digit heksadesimal (kunci 256 bit).`);
  return Buffer.from(clean, 'hex');
}

export const keyFileExists = (dataDir: string) => existsSync(join(dataDir, KEY_FILE));

/** The old scheme's key (PENDAMPING_KEY first, then the key file), or null when there is none. */
export function readLegacyKey(dataDir: string, env: NodeJS.ProcessEnv = process.env): Buffer | null {
  if (env.PENDAMPING_KEY) return parseHexKey(env.PENDAMPING_KEY, 'PENDAMPING_KEY');
  const file = join(dataDir, KEY_FILE);
  if (!existsSync(file)) return null;
  // A key others can read would make the encryption pointless on a shared laptop.
  if (process.platform !== 'win32' && (statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  return parseHexKey(readFileSync(file, 'utf8'), `Berkas kunci ${file}`);
}

/**
 * After migration: the key file is overwritten with random digits, flushed, then deleted, so
 * the raw key does not linger in the file's old blocks (as far as the file system allows).
 */
export function destroyKeyFile(dataDir: string): void {
  const file = join(dataDir, KEY_FILE);
  if (!existsSync(file)) return;
  const size = Math.max(statSync(file).size, 65);
  const fd = openSync(file, 'r+');
  try {
    writeSync(fd, randomBytes(size).toString('hex').slice(0, size), 0);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  rmSync(file, { force: true });
}

/** Writes a key brought from another laptop in an old move bundle (move-in), 0600. */
export function writeKeyFile(dataDir: string, key: Buffer): void {
  writeFileSync(join(dataDir, KEY_FILE), key.toString('hex') + '\n', { mode: 0o600, flag: 'wx' });
}
