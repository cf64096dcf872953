// Kana folding for staff names and name search. The console shows 利用者名(半角カナ) in half-width
// katakana as the seed does, while search compares full-width katakana, so "ｼﾝｷﾝ", "シンキン" and
// "しんきん" typed at the counter all find the same person.

/** Hiragana → katakana (the IME's default output is hiragana). */
export function toKatakana(value: string): string {
  return value.replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));
}

// Built from Unicode itself rather than a hand-typed table: NFKC maps each half-width katakana
// (U+FF61–U+FF9F) to its full-width form, and a base followed by ﾞ or ﾟ to the voiced form.
const HALF_OF = new Map<string, string>();
for (let code = 0xff61; code <= 0xff9f; code++) {
  const half = String.fromCharCode(code);
  HALF_OF.set(half.normalize('NFKC'), half);
  for (const mark of ['\uff9e', '\uff9f']) {
    const composed = (half + mark).normalize('NFKC');
    if ([...composed].length === 1 && !HALF_OF.has(composed)) HALF_OF.set(composed, half + mark);
  }
}
HALF_OF.set('ー', '\uff70');
HALF_OF.set(' ', ' ');
HALF_OF.set('\u3000', ' ');

/** Full-width katakana, NFKC-folded: the form kept in accounts.name_kana and used by search. */
export function searchKana(value: string): string {
  return toKatakana(value.normalize('NFKC')).replace(/\s+/g, ' ').trim();
}

/**
 * Half-width katakana for 利用者名(半角カナ); ASCII letters and digits pass through. Null when a
 * character has no half-width form (kanji, ヶ, ヰ …), which the field rule reports as a format error.
 */
export function toHalfWidthKana(value: string): string | null {
  let out = '';
  for (const ch of searchKana(value)) {
    if (/^[A-Za-z0-9.\-()]$/.test(ch)) {
      out += ch;
      continue;
    }
    const half = HALF_OF.get(ch);
    if (half === undefined) return null;
    out += half;
  }
  return out;
}
