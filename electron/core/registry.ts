import { caseHandlers } from './cases/handlers';
import { clientHandlers } from './clients/handlers';
import { joinHandlers } from './handlers';
import { regionHandlers } from './regions/handlers';
import { settingsHandlers } from './settings/handlers';
import { workerHandlers } from './workers/handlers';

/** Every domain's handlers. A new domain adds its group here and its channels in shared/contract. */
export const allHandlers = joinHandlers(clientHandlers, caseHandlers, workerHandlers, regionHandlers, settingsHandlers);
