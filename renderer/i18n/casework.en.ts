import { accessEn } from './access.en';
import { attachmentsEn } from './attachments.en';
import { caseworkEnumsEn } from './casework-enums.en';
import { dashboardEn } from './dashboard.en';
import { disabilityEn } from './disability.en';
import { followUpEn } from './follow-up.en';
import { lettersEn } from './letters.en';
import { pasungEn } from './pasung.en';
import { privacyEn } from './privacy.en';
import { referralsEn } from './referrals.en';
import { timelineEn } from './timeline.en';
import { visitsEn } from './visits.en';
import { waitingClientsEn } from './waiting-clients.en';

/** The English casework strings, in the order of CASEWORK_ID (casework.ts). */
export const CASEWORK_EN = [accessEn, visitsEn, timelineEn, followUpEn, dashboardEn, pasungEn, disabilityEn, attachmentsEn, referralsEn, lettersEn, waitingClientsEn, privacyEn, { enum: caseworkEnumsEn }];
