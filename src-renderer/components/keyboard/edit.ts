// What a key does to the text of the focused input: a pure function of (text, selection, key),
// so it is tested without a browser. Kana marks act on the character before the caret, as on a
// phone: か + ゛ → が, は + ゜ → ぱ, つ + 小 → っ, and pressing the same mark again undoes it.
// Latin accents work the same way on letters (e + ˆ → ê, ê + ´ → ế); Vietnamese's five tone marks
// replace one another (á + ` → à) rather than pile up.

export interface TextState {
  value: string;
  /** Selection start and end (equal when there is only a caret). */
  start: number;
  end: number;
}

export type EditResult = { kind: 'edit'; state: TextState } | { kind: 'none' };

const VOICED_MARK = '\u3099';
const SEMI_VOICED_MARK = '\u309A';

/** Combining marks of the Latin accent keys (layouts.ts's accentKeys). */
const ACCENTS: Readonly<Record<string, string>> = {
  '{acute}': '\u0301',
  '{grave}': '\u0300',
  '{hook}': '\u0309',
  '{tilde}': '\u0303',
  '{dotbelow}': '\u0323',
  '{circumflex}': '\u0302',
  '{breve}': '\u0306',
  '{horn}': '\u031B',
  '{cedilla}': '\u0327',
};
// Vietnamese tones: a syllable carries one, so a new tone takes the place of the old.
const TONES = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);

/** Adds (or, pressed again, removes) an accent on one Latin letter; null when it takes no such accent. */
export function toggleAccent(char: string, mark: string): string | null {
  const [base = '', ...marks] = [...char.normalize('NFD')];
  if (!/^\p{Script=Latin}$/u.test(base)) return null;
  const next = marks.includes(mark) ? marks.filter((m) => m !== mark) : [...marks.filter((m) => !(TONES.has(mark) && TONES.has(m))), mark];
  // Canonical order (dot below before the marks above) so NFC finds the one precomposed letter.
  const composed = (base + next.join('')).normalize('NFD').normalize('NFC');
  return [...composed].length === 1 ? composed : null;
}

const SMALL_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ...[...'あいうえおつやゆよわ'].map((c, i) => [c, 'ぁぃぅぇぉっゃゅょゎ'[i] as string] as const),
  ...[...'アイウエオツヤユヨワカケ'].map((c, i) => [c, 'ァィゥェォッャュョヮヵヶ'[i] as string] as const),
];
const toSmall = new Map(SMALL_PAIRS);
const toLarge = new Map(SMALL_PAIRS.map(([large, small]) => [small, large]));

function replaceSelection(state: TextState, text: string): TextState {
  const value = state.value.slice(0, state.start) + text + state.value.slice(state.end);
  const caret = state.start + text.length;
  return { value, start: caret, end: caret };
}

/** Adds or removes a combining mark on one kana; null when that kana takes no such mark. */
export function toggleMark(char: string, mark: string): string | null {
  const decomposed = char.normalize('NFD');
  if (decomposed.length === 2 && decomposed[1] === mark) return decomposed[0] as string;
  const base = decomposed[0] as string;
  const composed = (base + mark).normalize('NFC');
  return composed.length === 1 ? composed : null;
}

function changeCharBeforeCaret(state: TextState, change: (char: string) => string | null): EditResult {
  if (state.start !== state.end || state.start === 0) return { kind: 'none' };
  const char = state.value[state.start - 1] as string;
  const next = change(char);
  if (next === null) return { kind: 'none' };
  const value = state.value.slice(0, state.start - 1) + next + state.value.slice(state.start);
  return { kind: 'edit', state: { value, start: state.start, end: state.start } };
}

/**
 * Applies one key. Layout-switching and closing keys ({shift}, {close} …) are not edits and
 * return none; the keyboard component handles them.
 */
export function applyKey(state: TextState, key: string, maxLength?: number): EditResult {
  switch (key) {
    case '{bksp}': {
      if (state.start !== state.end) return { kind: 'edit', state: replaceSelection(state, '') };
      if (state.start === 0) return { kind: 'none' };
      const value = state.value.slice(0, state.start - 1) + state.value.slice(state.start);
      return { kind: 'edit', state: { value, start: state.start - 1, end: state.start - 1 } };
    }
    case '{voiced}':
      return changeCharBeforeCaret(state, (c) => toggleMark(c, VOICED_MARK));
    case '{semivoiced}':
      return changeCharBeforeCaret(state, (c) => toggleMark(c, SEMI_VOICED_MARK));
    case '{small}':
      return changeCharBeforeCaret(state, (c) => toSmall.get(c) ?? toLarge.get(c) ?? null);
    case '{space}':
      return insert(state, ' ', maxLength);
    default: {
      const accent = ACCENTS[key];
      if (accent !== undefined) return changeCharBeforeCaret(state, (c) => toggleAccent(c, accent));
      if (key.startsWith('{')) return { kind: 'none' };
      return insert(state, key, maxLength);
    }
  }
}

function insert(state: TextState, text: string, maxLength?: number): EditResult {
  const next = replaceSelection(state, text);
  if (maxLength !== undefined && maxLength >= 0 && next.value.length > maxLength) return { kind: 'none' };
  return { kind: 'edit', state: next };
}
