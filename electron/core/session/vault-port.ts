/**
 * What the core may do with the keyring once an account has unlocked the data (the gate
 * provides it on the context). None of it re-encrypts the store: only keyring entries change.
 * Errors are AppErrors with the field they concern.
 */
export interface AccountRecord {
  workerId: string;
  login: string;
  createdAt: string;
  passphraseChangedAt: string;
  failedAttempts: number;
}

/**
 * A keyring change worked out (the slow argon2 part done) but not yet written: `apply` writes
 * it, at once and synchronously, from the keyring as it is then. The accounts handlers apply
 * it last inside the call's transaction, after its audit row: a change that could not be
 * recorded is never made, and one that could not be written is not recorded.
 */
export interface Staged<T> {
  value: T;
  apply(): void;
}

export type PassphraseCheck = { ok: true } | { ok: false; retryAfterSeconds: number | null };

export interface VaultPort {
  /** The worker whose account unlocked the data (not the colleague an admin acts for). */
  readonly accountWorkerId: string;
  list(): AccountRecord[];
  /** The unlocking account's passphrase, checked and throttled like an unlock. */
  checkOwnPassphrase(passphrase: string): Promise<PassphraseCheck>;
  add(workerId: string, login: string, passphrase: string): Promise<Staged<AccountRecord>>;
  remove(workerId: string): Staged<null>;
  changeOwnPassphrase(passphrase: string): Promise<Staged<AccountRecord>>;
  /** A new recovery key (shown once); the old one stops working once applied. */
  newRecoveryKey(): Promise<Staged<string>>;
}
