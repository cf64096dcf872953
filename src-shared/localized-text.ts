// Text kept in the database (events, places, branches, categories, the system name) in any number of
// languages: Japanese is always there and is what every missing translation falls back to. Stored
// as a JSON map next to the Japanese column (docs/architecture.md, "Languages").
import { z } from 'zod';
import { type Locale, locales } from './locales';

const translation = z.string().max(2000).optional();

export const localizedText = z
  .object({
    ja: z.string(),
    easy: translation,
    en: translation,
    zh: translation,
    vi: translation,
    fil: translation,
    pt: translation,
    id: translation,
    ne: translation,
    ko: translation,
  })
  .strict();
export type LocalizedText = z.infer<typeof localizedText>;

/** The text in a language, or the Japanese when that language has none. */
export function inLocale(text: LocalizedText, locale: Locale): string {
  const translated = text[locale];
  return translated !== undefined && translated.trim() !== '' ? translated : text.ja;
}

/** The languages a staff screen should show as not yet translated. */
export function missingLocales(text: LocalizedText): Locale[] {
  return locales.filter((locale) => locale !== 'ja' && !text[locale]?.trim());
}
