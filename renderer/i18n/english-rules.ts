/** A pattern of an Indonesian message from the core or the contract, and its English. */
export type Rule = [RegExp, (m: RegExpExecArray) => string];

/**
 * The English for the core's messages (server-messages.en.ts): filled in when English is
 * loaded (i18n/index.ts), empty while the app speaks Indonesian, which needs none.
 */
export const englishRules: Rule[] = [];
