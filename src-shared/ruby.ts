// Readings for easy Japanese (やさしい日本語). Messages mark each kanji word with its reading in the
// Aozora Bunko notation ｜漢字《かんじ》 (full-width bar, double angle brackets): plain text that
// vue-i18n leaves alone and a translator can type. Text staff type in goes through NFKC, which turns
// the full-width bar into |, so the ASCII bar is read as well (it is the other common way of
// writing the notation; messages keep the full-width one, since | is vue-i18n's plural separator).
// Screens turn it into <ruby> (ruby-text.ts),
// attributes read by screen readers get the reading alone, and plain-text mails get 漢字(かんじ).

export type RubySegment = { text: string } | { base: string; reading: string };

const NOTATION = /[｜|]([^｜|《》]+)《([^｜|《》]+)》/g;

export function hasRuby(text: string): boolean {
  return text.includes('《');
}

export function parseRuby(text: string): RubySegment[] {
  const segments: RubySegment[] = [];
  let last = 0;
  for (const match of text.matchAll(NOTATION)) {
    if (match.index > last) segments.push({ text: text.slice(last, match.index) });
    segments.push({ base: match[1] ?? '', reading: match[2] ?? '' });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last) });
  return segments;
}

/** For attributes (aria-label, placeholder): the reading in place of the kanji, all readable. */
export function rubyAsReading(text: string): string {
  return hasRuby(text) ? text.replace(NOTATION, '$2') : text;
}

/** For plain-text mail: 漢字(かんじ), the way easy-Japanese notices print readings without ruby. */
export function rubyAsParentheses(text: string): string {
  return hasRuby(text) ? text.replace(NOTATION, '$1($2)') : text;
}

const KANJI = /[\p{Script=Han}々〆]/u;

/** Kanji outside any ｜base《reading》: what the easy-Japanese check reports. */
export function kanjiWithoutReading(text: string): string[] {
  const outside = text.replace(NOTATION, '');
  return [...outside].filter((char) => KANJI.test(char));
}
