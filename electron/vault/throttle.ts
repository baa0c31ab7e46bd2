import type { Throttle } from './keyring';

/**
 * Failed unlocks are slowed down per account: three tries are free, then each wrong one
 * makes the next wait 1, 2, 4, … seconds, at most five minutes. The state lives in the
 * keyring, so restarting the app or the command does not reset it.
 */
export const FREE_TRIES = 3;
export const MAX_WAIT_SECONDS = 300;

export const delayAfter = (failures: number) => (failures < FREE_TRIES ? 0 : Math.min(2 ** (failures - FREE_TRIES), MAX_WAIT_SECONDS));

export function afterFailure(t: Throttle, now: Date): Throttle {
  const failures = t.failures + 1;
  const delay = delayAfter(failures);
  return { failures, notBefore: delay > 0 ? new Date(now.getTime() + delay * 1000).toISOString() : null };
}

/** Whole seconds still to wait before the next try (0: try now). */
export function waitSeconds(t: Throttle, now: Date): number {
  if (!t.notBefore) return 0;
  const ms = Date.parse(t.notBefore) - now.getTime();
  // A clock set back must not lock someone out for long: never more than the maximum.
  return ms > 0 ? Math.min(Math.ceil(ms / 1000), MAX_WAIT_SECONDS) : 0;
}
