import { z } from 'zod';
// Loaded first so its own setting (Indonesian, as every door speaks) comes before ours.
import '../../shared/contract/common';
import type { Language } from './index';

/** Zod's own messages (wrong type, missing field) in the UI language. */
export function setZodLanguage(lang: Language): void {
  z.config(lang === 'en' ? z.locales.en() : z.locales.id());
}
