import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { z } from 'zod';
import { withCasework } from './casework';
import { withDataTools } from './data-tools';
import { en } from './en';
import { id } from './id';
import { sessionEn } from './session.en';
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

/** Zod's own messages (wrong type, missing field) follow the UI language. */
function applyLanguage(lang: Language) {
  z.config(lang === 'en' ? z.locales.en() : z.locales.id());
  document.documentElement.lang = lang;
}

export const i18n: I18n = i18next.createInstance();
const initial = storedLanguage();
void i18n.use(initReactI18next).init({
  resources: {
    id: { translation: { ...withDataTools(withCasework(id, 'id'), 'id'), ...sessionId } },
    en: { translation: { ...withDataTools(withCasework(en, 'en'), 'en'), ...sessionEn } },
  },
  lng: initial,
  fallbackLng: 'id',
  interpolation: { escapeValue: false }, // React escapes already
  returnNull: false,
});
applyLanguage(initial);

export async function setLanguage(lang: Language): Promise<void> {
  applyLanguage(lang);
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // not persisted; the switch still applies to this session
  }
  await i18n.changeLanguage(lang);
}

export const currentLanguage = (): Language => (i18n.language === 'en' ? 'en' : 'id');
