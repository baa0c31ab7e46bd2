import { randomBytes } from 'node:crypto';
import { argon2Cost, canonicalRecoveryKey, hkdf, newRecoveryKey, passphraseKek, seal, unseal, type Argon2Cost } from './crypto';
import { emptyKeyring, entryId, type AccountEntry, type Keyring, type Throttle, type UnlockEvent } from './keyring';
import { afterFailure, waitSeconds } from './throttle';

/**
 * What accounts do to the keyring, on plain values (the caller reads and writes the file).
 * The database key is never changed here: an account only wraps it.
 */

const accountAad = (id: string, workerId: string) => `pendamping-keyring/1/account/${id}/${workerId}`;
const RECOVERY_AAD = 'pendamping-keyring/1/recovery';
const loginAad = (id: string) => `pendamping-keyring/1/login/${id}`;
const loginKey = (keyring: Keyring, dbKey: Buffer) => hkdf(dbKey, Buffer.from(keyring.salt, 'base64'), 'pendamping login names v1');

/** Kept in the keyring while the data is closed; the audit trail takes them at the next unlock. */
const MAX_EVENTS = 200;

export interface NewAccount {
  workerId: string;
  login: string;
  passphrase: string;
}

export async function makeAccount(keyring: Keyring, dbKey: Buffer, a: NewAccount, now: Date, cost: Argon2Cost = argon2Cost()): Promise<AccountEntry> {
  const id = entryId(keyring, a.login);
  const salt = randomBytes(16);
  const kek = await passphraseKek(a.passphrase, cost, salt);
  const at = now.toISOString();
  return {
    id,
    workerId: a.workerId,
    kdf: { alg: 'argon2id', ...cost, salt: salt.toString('base64') },
    key: seal(kek, dbKey, accountAad(id, a.workerId)),
    login: seal(loginKey(keyring, dbKey), Buffer.from(a.login.trim().toLowerCase(), 'utf8'), loginAad(id)),
    createdAt: at,
    changedAt: at,
    throttle: { failures: 0, notBefore: null },
  };
}

function makeRecovery(dbKey: Buffer, now: Date): { entry: Keyring['recovery']; text: string } {
  const text = newRecoveryKey();
  const salt = randomBytes(16);
  const kek = hkdf(canonicalRecoveryKey(text)!, salt, 'pendamping recovery v1');
  return {
    text,
    entry: { kdf: { alg: 'hkdf-sha256', salt: salt.toString('base64') }, key: seal(kek, dbKey, RECOVERY_AAD), createdAt: now.toISOString(), throttle: { failures: 0, notBefore: null } },
  };
}

/** A new keyring with the first account and a recovery key (returned once, to be shown). */
export async function createKeyring(dbKey: Buffer, first: NewAccount, now: Date): Promise<{ keyring: Keyring; recoveryKey: string }> {
  const keyring = emptyKeyring();
  keyring.accounts.push(await makeAccount(keyring, dbKey, first, now));
  const r = makeRecovery(dbKey, now);
  keyring.recovery = r.entry;
  return { keyring, recoveryKey: r.text };
}

/** Replaces the recovery entry; the old recovery key stops working. */
export function replaceRecovery(keyring: Keyring, dbKey: Buffer, now: Date): string {
  const r = makeRecovery(dbKey, now);
  keyring.recovery = r.entry;
  return r.text;
}

export type TryResult =
  | { ok: true; dbKey: Buffer; entry: AccountEntry }
  | { ok: false; reason: 'wrong' }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number };

function note(keyring: Keyring, event: UnlockEvent): void {
  keyring.events.push(event);
  if (keyring.events.length > MAX_EVENTS) keyring.events.splice(0, keyring.events.length - MAX_EVENTS);
}

function fail(keyring: Keyring, t: Throttle, now: Date, event: UnlockEvent): TryResult {
  Object.assign(t, afterFailure(t, now));
  note(keyring, event);
  return { ok: false, reason: 'wrong' };
}

// A login with no account costs the same time as a real one, so names cannot be probed by timing.
const DUMMY_SALT = randomBytes(16);

/**
 * Checks a passphrase against the login's entry, honouring and updating its throttle (the
 * keyring object changes; the caller writes it). `kind` names the event a failure leaves.
 */
export async function tryPassphrase(
  keyring: Keyring,
  login: string,
  passphrase: string,
  now: Date,
  kind: UnlockEvent['kind'] = 'unlock-failed',
): Promise<TryResult> {
  const entry = keyring.accounts.find((a) => a.id === entryId(keyring, login));
  if (entry) return tryEntry(keyring, entry, passphrase, now, kind);
  await passphraseKek(passphrase, argon2Cost(), DUMMY_SALT);
  note(keyring, { at: now.toISOString(), kind, entry: null });
  return { ok: false, reason: 'wrong' };
}

/** The same for a known entry (an unlocked worker confirming with their own passphrase). */
export async function tryEntry(keyring: Keyring, entry: AccountEntry, passphrase: string, now: Date, kind: UnlockEvent['kind']): Promise<TryResult> {
  const wait = waitSeconds(entry.throttle, now);
  if (wait > 0) return { ok: false, reason: 'throttled', retryAfterSeconds: wait };
  const kek = await passphraseKek(passphrase, entry.kdf, Buffer.from(entry.kdf.salt, 'base64'));
  const dbKey = unseal(kek, entry.key, accountAad(entry.id, entry.workerId));
  if (!dbKey || dbKey.length !== 32) return fail(keyring, entry.throttle, now, { at: now.toISOString(), kind, entry: entry.id });
  entry.throttle = { failures: 0, notBefore: null };
  return { ok: true, dbKey, entry };
}

export type RecoverResult = { ok: true; dbKey: Buffer } | { ok: false; reason: 'wrong' } | { ok: false; reason: 'throttled'; retryAfterSeconds: number };

export function tryRecoveryKey(keyring: Keyring, typed: string, now: Date): RecoverResult {
  const r = keyring.recovery;
  if (!r) return { ok: false, reason: 'wrong' };
  const wait = waitSeconds(r.throttle, now);
  if (wait > 0) return { ok: false, reason: 'throttled', retryAfterSeconds: wait };
  const canonical = canonicalRecoveryKey(typed);
  const dbKey = canonical ? unseal(hkdf(canonical, Buffer.from(r.kdf.salt, 'base64'), 'pendamping recovery v1'), r.key, RECOVERY_AAD) : null;
  if (!dbKey || dbKey.length !== 32) {
    Object.assign(r.throttle, afterFailure(r.throttle, now));
    note(keyring, { at: now.toISOString(), kind: 'recovery-failed', entry: 'recovery' });
    return { ok: false, reason: 'wrong' };
  }
  r.throttle = { failures: 0, notBefore: null };
  return { ok: true, dbKey };
}

/** A new passphrase for an existing entry (same id, same worker, fresh salt and current cost). */
export async function setPassphrase(keyring: Keyring, entry: AccountEntry, dbKey: Buffer, passphrase: string, now: Date): Promise<AccountEntry> {
  const login = readLogin(keyring, entry, dbKey);
  const fresh = await makeAccount(keyring, dbKey, { workerId: entry.workerId, login, passphrase }, now);
  const next = { ...fresh, createdAt: entry.createdAt };
  keyring.accounts = keyring.accounts.map((a) => (a.id === entry.id ? next : a));
  return next;
}

export function readLogin(keyring: Keyring, entry: AccountEntry, dbKey: Buffer): string {
  return unseal(loginKey(keyring, dbKey), entry.login, loginAad(entry.id))?.toString('utf8') ?? '?';
}

/** Failed attempts waiting for the audit trail; taking them empties the list. */
export function takeEvents(keyring: Keyring): UnlockEvent[] {
  return keyring.events.splice(0, keyring.events.length);
}
