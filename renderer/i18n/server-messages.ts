import { useTranslation } from 'react-i18next';
import { englishRules } from './english-rules';
import { i18n } from './index';

/**
 * The contract and the core speak Indonesian (their messages are part of the envelope and
 * of the shared zod schemas). In English the known messages are translated by pattern
 * (server-messages.en.ts, loaded with English); an unknown one is shown as it came, which
 * is still better than nothing.
 */

/** Messages about the wire format that the UI asks for differently (dates are typed DD-MM-YYYY). */
const UI_KEYS: [RegExp, string][] = [[/^Tanggal harus berformat YYYY-MM-DD\.$/, 'date.invalid']];

export function translateServerMessage(message: string, lang: string): string {
  for (const [re, key] of UI_KEYS) if (re.test(message)) return i18n.t(key, { lng: lang });
  if (lang !== 'en') return message;
  for (const [re, make] of englishRules) {
    const m = re.exec(message);
    if (m) return make(m);
  }
  return message;
}

/** `st(message)`: a message from the contract or the core, in the UI language. */
export function useServerText(): (message: string) => string {
  const { i18n } = useTranslation();
  return (message) => translateServerMessage(message, i18n.language);
}
