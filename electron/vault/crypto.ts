import { hashRaw, type Algorithm } from '@node-rs/argon2';
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes, randomInt } from 'node:crypto';

/**
 * The vault's primitives: passphrase → key-encryption key with argon2id, recovery key → KEK
 * with HKDF (it is random and long, so no slow hash is needed), and AES-256-GCM to wrap the
 * database key. Nothing here touches files.
 */

export interface Argon2Cost {
  /** Memory in KiB. */
  m: number;
  /** Passes. */
  t: number;
  /** Lanes. */
  p: number;
}

/** About 300 ms on the project's test machine; stored with each entry, so it can grow later. */
export const PRODUCTION_COST: Argon2Cost = { m: 64 * 1024, t: 3, p: 1 };
/** Test runs only: cheap enough for dozens of unlocks per test file. */
const TEST_COST: Argon2Cost = { m: 1024, t: 1, p: 1 };

/**
 * The cost for new entries. `PENDAMPING_ARGON2_COST=test` lowers it, and only in a test run
 * (NODE_ENV=test, which vitest sets and the end-to-end fixtures pass on): a stray variable on
 * a real laptop cannot weaken a passphrase.
 */
export function argon2Cost(env: NodeJS.ProcessEnv = process.env): Argon2Cost {
  return env.PENDAMPING_ARGON2_COST === 'test' && env.NODE_ENV === 'test' ? TEST_COST : PRODUCTION_COST;
}

const ARGON2ID = 2 as Algorithm; // a const enum in the typings; its value is 2
const VERSION_0x13 = 1;

/** The 256-bit key that wraps the database key for one account. */
export function passphraseKek(passphrase: string, cost: Argon2Cost, salt: Buffer): Promise<Buffer> {
  // The same passphrase typed on another keyboard or input method must give the same key.
  return hashRaw(passphrase.normalize('NFC'), {
    algorithm: ARGON2ID,
    version: VERSION_0x13,
    memoryCost: cost.m,
    timeCost: cost.t,
    parallelism: cost.p,
    outputLen: 32,
    salt,
  });
}

export const hkdf = (secret: Buffer | string, salt: Buffer, info: string): Buffer =>
  Buffer.from(hkdfSync('sha256', secret, salt, info, 32));

export interface Sealed {
  /** base64, 12 bytes. */
  nonce: string;
  /** base64: ciphertext followed by the 16-byte tag. */
  data: string;
}

export function seal(key: Buffer, plain: Buffer, aad: string): Sealed {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const data = Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
  return { nonce: nonce.toString('base64'), data: data.toString('base64') };
}

/** null when the key is wrong or anything (ciphertext, nonce, associated data) was changed. */
export function unseal(key: Buffer, sealed: Sealed, aad: string): Buffer | null {
  try {
    const data = Buffer.from(sealed.data, 'base64');
    if (data.length < 17) return null;
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.nonce, 'base64'));
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(data.subarray(data.length - 16));
    return Buffer.concat([decipher.update(data.subarray(0, data.length - 16)), decipher.final()]);
  } catch {
    return null;
  }
}

/** Crockford's base32: no I, L, O or U, so nothing is misread when typed from paper. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const SYMBOLS = 25; // 125 bits

/** A new recovery key, printed as five groups of five (`7K2QM-4XH9A-…`). */
export function newRecoveryKey(): string {
  let s = '';
  for (let i = 0; i < SYMBOLS; i++) s += ALPHABET[randomInt(32)];
  return formatRecoveryKey(s);
}

export const formatRecoveryKey = (canonical: string) => canonical.match(/.{1,5}/g)!.join('-');

/** The canonical 25 symbols of a typed key (case, spaces and dashes ignored; O→0, I/L→1), or null. */
export function canonicalRecoveryKey(typed: string): string | null {
  const s = typed
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (s.length !== SYMBOLS || [...s].some((c) => !ALPHABET.includes(c))) return null;
  return s;
}
