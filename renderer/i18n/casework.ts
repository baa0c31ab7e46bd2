import { accessEn } from './access.en';
import { accessId } from './access.id';
import { privacyEn } from './privacy.en';
import { privacyId } from './privacy.id';
import { attachmentsEn } from './attachments.en';
import { attachmentsId } from './attachments.id';
import { caseworkEnumsEn } from './casework-enums.en';
import { caseworkEnumsId } from './casework-enums.id';
import { dashboardEn } from './dashboard.en';
import { dashboardId } from './dashboard.id';
import { disabilityEn } from './disability.en';
import { disabilityId } from './disability.id';
import { followUpEn } from './follow-up.en';
import { followUpId } from './follow-up.id';
import { lettersEn } from './letters.en';
import { lettersId } from './letters.id';
import { pasungEn } from './pasung.en';
import { pasungId } from './pasung.id';
import { referralsEn } from './referrals.en';
import { referralsId } from './referrals.id';
import { timelineEn } from './timeline.en';
import { timelineId } from './timeline.id';
import { visitsEn } from './visits.en';
import { visitsId } from './visits.id';
import { waitingClientsEn } from './waiting-clients.en';
import { waitingClientsId } from './waiting-clients.id';

/** The shape an English bundle must fill completely (every key of its Indonesian one). */
export type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/**
 * The casework strings (visits, follow-ups, pasung, disability, timeline, attachments,
 * Beranda) live in their own files per feature and are merged into the main translation;
 * their enum labels join `enum`.
 */
const bundles = {
  id: [accessId, visitsId, timelineId, followUpId, dashboardId, pasungId, disabilityId, attachmentsId, referralsId, lettersId, waitingClientsId, privacyId, { enum: caseworkEnumsId }],
  en: [accessEn, visitsEn, timelineEn, followUpEn, dashboardEn, pasungEn, disabilityEn, attachmentsEn, referralsEn, lettersEn, waitingClientsEn, privacyEn, { enum: caseworkEnumsEn }],
};

type Tree = { [key: string]: string | Tree };

function merge(into: Tree, from: Tree): Tree {
  const out: Tree = { ...into };
  for (const [k, v] of Object.entries(from)) {
    const had = out[k];
    out[k] = typeof v === 'object' && typeof had === 'object' ? merge(had, v) : v;
  }
  return out;
}

export function withCasework<T extends object>(base: T, lang: 'id' | 'en'): T {
  return bundles[lang].reduce<Tree>((acc, b) => merge(acc, b as unknown as Tree), base as unknown as Tree) as T;
}
