import { accessId } from './access.id';
import { privacyId } from './privacy.id';
import { attachmentsId } from './attachments.id';
import { caseworkEnumsId } from './casework-enums.id';
import { dashboardId } from './dashboard.id';
import { disabilityId } from './disability.id';
import { followUpId } from './follow-up.id';
import { lettersId } from './letters.id';
import { pasungId } from './pasung.id';
import { referralsId } from './referrals.id';
import { timelineId } from './timeline.id';
import { visitsId } from './visits.id';
import { waitingClientsId } from './waiting-clients.id';

/** The shape an English bundle must fill completely (every key of its Indonesian one). */
export type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/**
 * The casework strings (visits, follow-ups, pasung, disability, timeline, attachments,
 * Beranda) live in their own files per feature and are merged into the main translation;
 * their enum labels join `enum`. The English list is casework.en.ts (loaded with English).
 */
export const CASEWORK_ID = [accessId, visitsId, timelineId, followUpId, dashboardId, pasungId, disabilityId, attachmentsId, referralsId, lettersId, waitingClientsId, privacyId, { enum: caseworkEnumsId }];

type Tree = { [key: string]: string | Tree };

function merge(into: Tree, from: Tree): Tree {
  const out: Tree = { ...into };
  for (const [k, v] of Object.entries(from)) {
    const had = out[k];
    out[k] = typeof v === 'object' && typeof had === 'object' ? merge(had, v) : v;
  }
  return out;
}

export function withCasework<T extends object>(base: T, bundles: readonly object[]): T {
  return bundles.reduce<Tree>((acc, b) => merge(acc, b as unknown as Tree), base as unknown as Tree) as T;
}
