import { caseHandlers } from './cases/handlers';
import { clientHandlers } from './clients/handlers';
import { clientSearchHandlers } from './clients/search';
import { joinHandlers } from './handlers';
import { regionHandlers } from './regions/handlers';
import { settingsHandlers } from './settings/handlers';
import { workerHandlers } from './workers/handlers';
import { visitHandlers } from './visits/handlers';
import { pasungHandlers } from './pasung/handlers';
import { disabilityHandlers } from './disability/handlers';
import { taskHandlers } from './tasks/handlers';
import { timelineHandlers } from './timeline/handlers';
import { attachmentHandlers } from './attachments/handlers';
import { dashboardHandlers } from './dashboard/handlers';
import { institutionHandlers } from './institutions/handlers';
import { referralHandlers } from './referrals/handlers';
import { letterHandlers } from './letters/handlers';
import { backupHandlers } from './backups/handlers';
import { exportHandlers } from './exports/handlers';
import { importHandlers } from './imports/handlers';
import { consentHandlers } from './consent/handlers';
import { erasureHandlers } from './erasure/handlers';
import { accountHandlers } from './accounts/handlers';
import { sessionHandlers } from './session/handlers';
import { auditHandlers } from './audit/handlers';
import { accessHandlers } from './access/handlers';

/** Every domain's handlers. A new domain adds its group here and its channels in shared/contract. */
export const allHandlers = joinHandlers(
  clientHandlers,
  clientSearchHandlers,
  caseHandlers,
  workerHandlers,
  regionHandlers,
  settingsHandlers,
  visitHandlers,
  pasungHandlers,
  disabilityHandlers,
  taskHandlers,
  timelineHandlers,
  attachmentHandlers,
  dashboardHandlers,
  institutionHandlers,
  referralHandlers,
  letterHandlers,
  backupHandlers,
  exportHandlers,
  importHandlers,
  consentHandlers,
  erasureHandlers,
  accountHandlers,
  sessionHandlers,
  auditHandlers,
  accessHandlers,
);
