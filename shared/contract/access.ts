import type { EnumValue, WORKER_ROLE } from '../enums';
import { channel, empty } from './common';

/**
 * What a channel allows the acting worker: everything, only her own cases (and their
 * clients) — lists are narrowed to them, single records of others are FORBIDDEN — or nothing.
 */
export type AccessLevel = 'all' | 'own' | 'none';

export interface AccessView {
  /** `system`: the raw-key door of tests, seeding and scripts, which may do everything. */
  actor: 'system' | 'worker';
  workerId: string | null;
  role: EnumValue<typeof WORKER_ROLE> | null;
  /** Every channel by name; the renderer hides or disables what is `none`. */
  channels: Record<string, AccessLevel>;
}

export const accessChannels = {
  'access:get': channel<AccessView>()(empty, false, 'What the acting worker may do on each channel (all, own cases only, none), from the core\'s policy table.'),
};
