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

export type PassphraseCheck = { ok: true } | { ok: false; retryAfterSeconds: number | null };

export interface VaultPort {
  /** The worker whose account unlocked the data (not the colleague an admin acts for). */
  readonly accountWorkerId: string;
  list(): AccountRecord[];
  /** The unlocking account's passphrase, checked and throttled like an unlock. */
  checkOwnPassphrase(passphrase: string): Promise<PassphraseCheck>;
  add(workerId: string, login: string, passphrase: string): Promise<AccountRecord>;
  remove(workerId: string): void;
  changeOwnPassphrase(passphrase: string): Promise<AccountRecord>;
  /** A new recovery key (shown once); the old one stops working. */
  newRecoveryKey(): Promise<string>;
}
