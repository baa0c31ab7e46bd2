import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core/open-core';
import { DB_FILE } from '../../electron/db/store';
import { loadOrCreateSecureKey, SecureKeyError, WRAPPED_KEY_FILE, type SafeStorageLike } from '../../electron/key/secure-key';

/**
 * A stand-in for Electron's safeStorage: "wraps" with a keystream derived from the OS
 * user's secret and a tag, so another user (another secret) cannot unwrap, like DPAPI.
 */
function standInSafeStorage(opts: { user?: string; available?: boolean; backend?: string; rotate?: boolean } = {}) {
  const secret = createHash('sha256').update(`os-secret:${opts.user ?? 'ani'}`).digest();
  const stream = (n: number) => {
    const out = Buffer.alloc(n);
    for (let i = 0; i < n; i++) out[i] = secret[i % 32] ^ (i * 31);
    return out;
  };
  const calls = { encrypt: 0, decrypt: 0 };
  const storage: SafeStorageLike = {
    isAsyncEncryptionAvailable: async () => opts.available ?? true,
    encryptStringAsync: async (plain) => {
      calls.encrypt++;
      const body = Buffer.from(plain, 'utf8');
      const x = Buffer.from(body.map((b, i) => b ^ stream(body.length)[i]));
      return Buffer.concat([secret.subarray(0, 4), x]);
    },
    decryptStringAsync: async (enc) => {
      calls.decrypt++;
      if (!enc.subarray(0, 4).equals(secret.subarray(0, 4))) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      const x = enc.subarray(4);
      const plain = Buffer.from(x.map((b, i) => b ^ stream(x.length)[i])).toString('utf8');
      return { result: plain, shouldReEncrypt: opts.rotate ?? false };
    },
    ...(opts.backend ? { getSelectedStorageBackend: () => opts.backend! } : {}),
  };
  return { storage, calls };
}

let userData: string;
let databaseFile: string;
const keyFile = () => join(userData, WRAPPED_KEY_FILE);
beforeEach(() => {
  userData = mkdtempSync(join(tmpdir(), 'pendamping-key-'));
  databaseFile = join(userData, 'data', DB_FILE);
});
afterEach(() => rmSync(userData, { recursive: true, force: true }));

const load = (storage: SafeStorageLike) => loadOrCreateSecureKey({ dir: userData, safeStorage: storage, databaseFile });
const failure = async (p: Promise<unknown>) => {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(SecureKeyError);
  return e as SecureKeyError;
};

describe('database key wrapped by safeStorage', () => {
  it('creates a random 256-bit key and stores it only wrapped', async () => {
    const { key, created } = await load(standInSafeStorage().storage);
    expect(created).toBe(true);
    expect(key).toHaveLength(32);
    const stored = readFileSync(keyFile(), 'utf8');
    expect(stored).not.toContain(key.toString('hex'));
    expect(stored).not.toContain(key.toString('base64'));
    expect(JSON.parse(stored)).toMatchObject({ format: 'pendamping-wrapped-key', version: 1 });
    if (process.platform !== 'win32') expect(statSync(keyFile()).mode & 0o777).toBe(0o600);
  });

  it('gives back the same key on the next start', async () => {
    const first = await load(standInSafeStorage().storage);
    const second = await load(standInSafeStorage().storage);
    expect(second.created).toBe(false);
    expect(second.key.equals(first.key)).toBe(true);
  });

  it('makes two installations get different keys', async () => {
    const a = await load(standInSafeStorage().storage);
    rmSync(keyFile());
    const b = await load(standInSafeStorage().storage);
    expect(a.key.equals(b.key)).toBe(false);
  });

  it('opens the same encrypted store again with the unwrapped key', async () => {
    const dataDir = join(userData, 'data');
    const quiet = { error() {}, info() {} };
    const first = await load(standInSafeStorage().storage);
    const core = openCore(dataDir, { key: first.key, log: quiet });
    expect(core.call('workers:create', { name: 'Ani Pratiwi', role: 'pekerja_sosial' }).ok).toBe(true);
    core.close();
    const again = await load(standInSafeStorage().storage);
    const reopened = openCore(dataDir, { key: again.key, log: quiet });
    const list = reopened.call('workers:list', {});
    reopened.close();
    expect(list.ok && list.value).toMatchObject([{ name: 'Ani Pratiwi' }]);
  });

  it('refuses with a typed error when the OS cannot unwrap the key, and keeps the key file as it was', async () => {
    await load(standInSafeStorage({ user: 'ani' }).storage);
    const before = readFileSync(keyFile());
    const e = await failure(load(standInSafeStorage({ user: 'budi' }).storage));
    expect(e.reason).toBe('undecryptable');
    expect(e.message).toMatch(/tidak membuat kunci baru/);
    expect(readFileSync(keyFile()).equals(before)).toBe(true);
  });

  it('names the old and new Linux password stores when the store changed', async () => {
    await load(standInSafeStorage({ user: 'ani', backend: 'gnome_libsecret' }).storage);
    const e = await failure(load(standInSafeStorage({ user: 'other', backend: 'basic_text' }).storage));
    expect(e.reason).toBe('undecryptable');
    expect(e.message).toContain('gnome_libsecret');
    expect(e.message).toContain('basic_text');
  });

  it('refuses when safeStorage is unavailable, creating nothing', async () => {
    const { storage, calls } = standInSafeStorage({ available: false });
    const e = await failure(load(storage));
    expect(e.reason).toBe('unavailable');
    expect(existsSync(keyFile())).toBe(false);
    expect(calls.encrypt).toBe(0);
  });

  it('refuses to create a new key when a database exists but its key file is gone', async () => {
    mkdirSync(join(userData, 'data'));
    writeFileSync(databaseFile, 'existing encrypted data');
    const e = await failure(load(standInSafeStorage().storage));
    expect(e.reason).toBe('missing');
    expect(existsSync(keyFile())).toBe(false);
    expect(readFileSync(databaseFile, 'utf8')).toBe('existing encrypted data');
  });

  it('refuses a damaged key file instead of replacing it', async () => {
    writeFileSync(keyFile(), '{"format":"pendamping-wrapped-key","vers');
    const e = await failure(load(standInSafeStorage().storage));
    expect(e.reason).toBe('malformed');
    expect(readFileSync(keyFile(), 'utf8')).toBe('{"format":"pendamping-wrapped-key","vers');
  });

  it('refuses a wrapped value that is not a 256-bit key', async () => {
    const { storage } = standInSafeStorage();
    const wrapped = await storage.encryptStringAsync('not-a-key');
    writeFileSync(keyFile(), JSON.stringify({ format: 'pendamping-wrapped-key', version: 1, wrapped: wrapped.toString('base64'), createdAt: 'x' }));
    expect((await failure(load(storage))).reason).toBe('malformed');
  });

  it('re-wraps the same key when the OS asks for re-encryption', async () => {
    const first = await load(standInSafeStorage().storage);
    const { storage, calls } = standInSafeStorage({ rotate: true });
    const second = await load(storage);
    expect(second.key.equals(first.key)).toBe(true);
    expect(calls.encrypt).toBe(1);
    expect((await load(standInSafeStorage().storage)).key.equals(first.key)).toBe(true);
  });
});
