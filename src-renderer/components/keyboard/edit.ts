// What a key does to the text of the focused input: a pure function of (text, selection, key),
// so it is tested without a browser. Kana marks act on the character before the caret, as on a
// phone: か + ゛ → が, は + ゜ → ぱ, つ + 小 → っ, and pressing the same mark again undoes it.

export interface TextState {
  value: string;
  /** Selection start and end (equal when there is only a caret). */
  start: number;
  end: number;
}

export type EditResult = { kind: 'edit'; state: TextState } | { kind: 'none' };

const VOICED_MARK = '\u3099';
const SEMI_VOICED_MARK = '\u309A';

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
    default:
      if (key.startsWith('{')) return { kind: 'none' };
      return insert(state, key, maxLength);
  }
}

function insert(state: TextState, text: string, maxLength?: number): EditResult {
  const next = replaceSelection(state, text);
  if (maxLength !== undefined && maxLength >= 0 && next.value.length > maxLength) return { kind: 'none' };
  return { kind: 'edit', state: next };
}
