import type { UnlockEvent } from '../../vault/keyring';
import type { CoreContext } from '../context';

export type { UnlockEvent };

/** Told after every successful unlock, with the store open and the worker acting. */
export interface UnlockReport {
  via: 'setup' | 'passphrase' | 'recovery';
  /** The worker whose account unlocked. */
  workerId: string;
  /**
   * Failed attempts made since the last unlock (time, kind, entry id: never a name or a
   * passphrase), kept in the keyring while the data was closed.
   */
  failedBefore: UnlockEvent[];
}

/**
 * Where unlocks and earlier failed attempts reach the audit trail. Returns true when the
 * failed attempts were recorded: the gate then drops them from the keyring; otherwise they
 * stay (at most 200, oldest dropped) for the next unlock.
 */
export function reportUnlock(_ctx: CoreContext, _report: UnlockReport): boolean {
  return false;
}
