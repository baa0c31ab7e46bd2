import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Interim key handling for browser mode and the command line (the Electron app wraps the key
 * with safeStorage instead; a later issue replaces both with passphrase unlock):
 * PENDAMPING_KEY (64 hex digits) if set, else `key` in the data folder, created with 0600.
 */
export const KEY_FILE = 'key';

export function parseHexKey(hex: string, source: string): Buffer {
  const clean = hex.trim();
  if (!/^[0-9a-fA-F]{64}$/.test(clean)) throw new Error(`${source} harus berisi 64 digit heksadesimal (kunci 256 bit).`);
  return Buffer.from(clean, 'hex');
}

export function loadOrCreateKeyFile(dataDir: string, env: NodeJS.ProcessEnv = process.env): Buffer {
  if (env.PENDAMPING_KEY) return parseHexKey(env.PENDAMPING_KEY, 'PENDAMPING_KEY');
  const file = join(dataDir, KEY_FILE);
  if (existsSync(file)) {
    // Refuse a key others can read: it would make the encryption pointless on a shared laptop.
    const mode = statSync(file).mode & 0o077;
    if (process.platform !== 'win32' && mode !== 0) chmodSync(file, 0o600);
    return parseHexKey(readFileSync(file, 'utf8'), `Berkas kunci ${file}`);
  }
  const key = randomBytes(32);
  writeFileSync(file, key.toString('hex') + '\n', { mode: 0o600, flag: 'wx' });
  return key;
}

/** Writes a key brought from another laptop (move-in) into a new data folder, 0600. */
export function writeKeyFile(dataDir: string, key: Buffer): void {
  writeFileSync(join(dataDir, KEY_FILE), key.toString('hex') + '\n', { mode: 0o600, flag: 'wx' });
}
