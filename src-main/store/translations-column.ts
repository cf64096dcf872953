// Catalogue text is entered in Japanese and optionally in English; screens and mails get both.
import type { LocalizedText } from '../../src-shared/contract/citizen';

export function localized(ja: string, en: string | null): LocalizedText {
  return { ja, en: en && en.length > 0 ? en : ja };
}
