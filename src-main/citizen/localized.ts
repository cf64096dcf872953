// Catalogue text is entered in Japanese and optionally in English; screens and mails get both.
import type { LocalizedText } from '../../src-shared/contract/citizen';
import type { Locale } from '../../src-shared/contract/session';

export function localized(ja: string, en: string | null): LocalizedText {
  return { ja, en: en && en.length > 0 ? en : ja };
}

export function pick(text: LocalizedText, locale: Locale): string {
  return text[locale];
}
