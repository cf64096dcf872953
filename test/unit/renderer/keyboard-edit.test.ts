// What each on-screen key does to the text of the focused input.
import { describe, expect, it } from 'vitest';
import { applyKey, type TextState, toggleMark } from '../../../src-renderer/components/keyboard/edit';
import { layouts, toKatakana } from '../../../src-renderer/components/keyboard/layouts';

const at = (value: string, start = value.length, end = start): TextState => ({ value, start, end });

function typed(keys: string[], from: TextState = at(''), maxLength?: number): string {
  let state = from;
  for (const key of keys) {
    const result = applyKey(state, key, maxLength);
    if (result.kind === 'edit') state = result.state;
  }
  return state.value;
}

describe('applyKey', () => {
  it('inserts at the caret and replaces a selection', () => {
    expect(applyKey(at('ac', 1), 'b')).toEqual({ kind: 'edit', state: at('abc', 2) });
    expect(applyKey(at('axxd', 1, 3), 'bc')).toEqual({ kind: 'edit', state: at('abcd', 3) });
  });

  it('deletes the character before the caret, or the selection', () => {
    expect(applyKey(at('abc', 2), '{bksp}')).toEqual({ kind: 'edit', state: at('ac', 1) });
    expect(applyKey(at('abcd', 1, 3), '{bksp}')).toEqual({ kind: 'edit', state: at('ad', 1) });
    expect(applyKey(at('abc', 0), '{bksp}')).toEqual({ kind: 'none' });
  });

  it('stops at the input maxlength', () => {
    expect(typed(['1', '2', '3', '4', '5'], at(''), 4)).toBe('1234');
  });

  it('types a space and ignores layout commands', () => {
    expect(typed(['a', '{space}', 'b'])).toBe('a b');
    expect(applyKey(at('a'), '{shift}')).toEqual({ kind: 'none' });
    expect(applyKey(at('a'), '{close}')).toEqual({ kind: 'none' });
  });

  it('adds and removes the voiced marks on the kana before the caret', () => {
    expect(typed(['か', '{voiced}'])).toBe('が');
    expect(typed(['か', '{voiced}', '{voiced}'])).toBe('か');
    expect(typed(['は', '{semivoiced}'])).toBe('ぱ');
    expect(typed(['は', '{voiced}', '{semivoiced}'])).toBe('ぱ');
    expect(typed(['ウ', '{voiced}'])).toBe('ヴ');
    expect(typed(['あ', '{voiced}'])).toBe('あ');
    expect(typed(['か', '{semivoiced}'])).toBe('か');
  });

  it('switches a kana to its small form and back', () => {
    expect(typed(['き', 'や', '{small}'])).toBe('きゃ');
    expect(typed(['つ', '{small}', '{small}'])).toBe('つ');
    expect(typed(['ヨ', '{small}'])).toBe('ョ');
    expect(typed(['ん', '{small}'])).toBe('ん');
  });

  it('leaves marks alone when there is a selection or nothing before the caret', () => {
    expect(applyKey(at('か', 0), '{voiced}')).toEqual({ kind: 'none' });
    expect(applyKey(at('かき', 0, 2), '{voiced}')).toEqual({ kind: 'none' });
  });
});

describe('toggleMark', () => {
  it('composes with the combining marks', () => {
    expect(toggleMark('さ', '\u3099')).toBe('ざ');
    expect(toggleMark('ざ', '\u3099')).toBe('さ');
    expect(toggleMark('ふ', '\u309A')).toBe('ぷ');
    expect(toggleMark('a', '\u3099')).toBeNull();
  });
});

describe('layouts', () => {
  it('has a katakana page that mirrors the hiragana page', () => {
    const hira = layouts.kana.default!.slice(0, 5).join(' ');
    const kata = layouts.kana.shift!.slice(0, 5).join(' ');
    expect(kata).toBe(toKatakana(hira));
    expect(kata).toContain('ア');
    expect(kata).not.toMatch(/[\u3041-\u3096]/);
  });

  it('offers every character an e-mail address, a 利用者キー or an OTP needs', () => {
    const keys = new Set(Object.values(layouts.alpha).flat().join(' ').split(' '));
    for (const c of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789@.-_') expect(keys, c).toContain(c);
  });

  it('has the ten digits on the numeric pad', () => {
    const keys = layouts.numeric.default!.join(' ').split(' ');
    for (const d of '0123456789') expect(keys).toContain(d);
  });
});

describe('Latin accents for residents\' names and addresses (issue 17)', () => {
  const type = (text: string, ...keys: string[]) =>
    keys.reduce((state, key) => {
      const result = applyKey(state, key);
      return result.kind === 'edit' ? result.state : state;
    }, { value: text, start: text.length, end: text.length }).value;

  it('writes Vietnamese: stacked marks and tones that replace one another', () => {
    expect(type('Nguy', 'e', '{circumflex}', '{tilde}', 'n')).toBe('Nguyễn');
    expect(type('Tr', 'a', '{breve}', '{grave}')).toBe('Trằ');
    expect(type('', 'u', '{horn}', '{dotbelow}')).toBe('ự');
    expect(type('', 'a', '{acute}', '{grave}')).toBe('à');
    expect(type('', 'o', '{hook}')).toBe('ỏ');
  });

  it('writes Portuguese and Filipino, and a second press takes the accent off', () => {
    expect(type('Jo', 'a', '{tilde}', 'o')).toBe('João');
    expect(type('Gon', 'c', '{cedilla}', 'alves')).toBe('Gonçalves');
    expect(type('Pe', 'n', '{tilde}', 'a')).toBe('Peña');
    expect(type('', 'e', '{acute}', '{acute}')).toBe('e');
  });

  it('leaves what takes no such accent alone', () => {
    expect(type('5', '{acute}')).toBe('5');
    expect(type('か', '{tilde}')).toBe('か');
    expect(type('', '{acute}')).toBe('');
  });
});
