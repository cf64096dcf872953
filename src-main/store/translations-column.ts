// Text staff type in (events, categories, branches) is kept as its Japanese (the *_ja column, what
// every language falls back to) and a JSON map of its translations (the *_tr column, migration 015).
// These two turn one into the other at the store's edge, so nothing above it handles the JSON.
import { type LocalizedText, localizedText } from '../../src-shared/localized-text';

const translationsOnly = localizedText.omit({ ja: true });

/** The text from its columns. A map the schema does not accept (hand-edited) counts as no translation. */
export function localized(ja: string, translations: string | null): LocalizedText {
  if (!translations || translations === '{}') return { ja };
  let parsed: unknown;
  try {
    parsed = JSON.parse(translations);
  } catch {
    return { ja };
  }
  const result = translationsOnly.safeParse(parsed);
  return result.success ? { ...dropBlank(result.data), ja } : { ja };
}

/** The *_tr column's value: every translation that says something, and never the Japanese. */
export function translationsJson(text: Omit<LocalizedText, 'ja'> & { ja?: string }): string {
  const { ja: _source, ...rest } = text;
  return JSON.stringify(dropBlank(rest));
}

function dropBlank<T extends Record<string, string | undefined>>(map: T): T {
  const out: Record<string, string> = {};
  for (const [locale, value] of Object.entries(map)) if (value !== undefined && value.trim() !== '') out[locale] = value.trim();
  return out as T;
}
