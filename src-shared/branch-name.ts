// A library branch's name in the reader's language (Japanese where it has no translation).
import type { Locale } from './locales';
import { inLocale, type LocalizedText } from './localized-text';

export function branchName(branch: LocalizedText, locale: Locale): string {
  return inLocale(branch, locale);
}
