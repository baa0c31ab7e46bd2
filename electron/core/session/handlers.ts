import { AppError } from '../../../shared/result';
import type { HandlerGroup } from '../handlers';
import { readSecurity } from '../settings/security';
import { currentWorkerId } from '../workers/session';
import { getWorker } from '../workers/handlers';

/**
 * The session channels as the bare core answers them (tests, benchmarks, seeding: opened
 * with a raw key, no accounts). The doors never reach these: the gate answers the session
 * channels itself, before the core.
 */
const noGate = () => new AppError('CONFLICT', 'Data ini dibuka langsung dengan kuncinya (uji, tolok ukur, data contoh): tidak ada akun untuk dibuka atau dikunci.');

export const sessionHandlers: HandlerGroup = {
  'session:status': (ctx) => {
    const id = currentWorkerId(ctx);
    return { state: 'unlocked', existingData: false, currentWorker: id ? getWorker(ctx, id) : null, unlockedBy: null, lockedBecause: null, autoLockMinutes: readSecurity(ctx).autoLockMinutes };
  },
  'session:setup': () => {
    throw noGate();
  },
  'session:unlock': () => {
    throw noGate();
  },
  'session:recover': () => {
    throw noGate();
  },
  'session:lock': () => {
    throw noGate();
  },
  'session:move-in': () => {
    throw noGate();
  },
  'session:restore-in': () => {
    throw noGate();
  },
};
