import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { CASEWORK_ID, withCasework } from './casework';
import { DATA_TOOLS_ID, withDataTools } from './data-tools';
import { englishRules } from './english-rules';
import { id } from './id';
import { sessionId } from './session.id';

export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'pendamping.lang';

function storedLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'id';
  } catch {
    return 'id';
  }
}

/**
 * Zod's own messages (wrong type, missing field) follow the UI language. Zod is not part of
 * the first screen (the case list validates nothing): it comes in a chunk, with the first
 * form's schemas or with this call, whichever is first. The contract sets Indonesian when it
 * loads, before this setting is applied, so the UI language wins.
 */
function applyLanguage(lang: Language) {
  document.documentElement.lang = lang;
  if (lang === 'en' || zodAsked) {
    zodAsked = true;
    void import('./zod-language').then((m) => m.setZodLanguage(lang));
  }
}
/** Once English was chosen, a switch back to Indonesian must set zod again. */
let zodAsked = false;

export const i18n: I18n = i18next.createInstance();
const initial = storedLanguage();
// Indonesian is always there (it is also the fallback); English comes as a chunk when chosen.
void i18n.use(initReactI18next).init({
  resources: { id: { translation: { ...withDataTools(withCasework(id, CASEWORK_ID), DATA_TOOLS_ID), ...sessionId } } },
  lng: initial,
  fallbackLng: 'id',
  interpolation: { escapeValue: false }, // React escapes already
  returnNull: false,
});
applyLanguage(initial);

let english: Promise<void> | null = null;
function loadEnglish(): Promise<void> {
  english ??= import('./english').then(
    (m) => {
      englishRules.push(...m.SERVER_RULES_EN);
      i18n.addResourceBundle('en', 'translation', m.enTranslation);
    },
    (e: unknown) => {
      english = null; // tried again at the next switch
      throw e;
    },
  );
  return english;
}

/** Settles once the stored language can be shown: the app renders after it, so English never flashes by in Indonesian. */
export const languageReady: Promise<void> = initial === 'en' ? loadEnglish().catch(() => undefined) : Promise.resolve();

export async function setLanguage(lang: Language): Promise<void> {
  if (lang === 'en') await loadEnglish();
  applyLanguage(lang);
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // not persisted; the switch still applies to this session
  }
  await i18n.changeLanguage(lang);
}

export const currentLanguage = (): Language => (i18n.language === 'en' ? 'en' : 'id');
