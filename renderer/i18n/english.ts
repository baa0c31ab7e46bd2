import { CASEWORK_EN } from './casework.en';
import { withCasework } from './casework';
import { DATA_TOOLS_EN } from './data-tools.en';
import { withDataTools } from './data-tools';
import { en } from './en';
import { sessionEn } from './session.en';

/** English, a chunk of its own (i18n/index.ts loads it when English is chosen). */
export const enTranslation = { ...withDataTools(withCasework(en, CASEWORK_EN), DATA_TOOLS_EN), ...sessionEn };
export { SERVER_RULES_EN } from './server-messages.en';
