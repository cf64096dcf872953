// Issue 13: an address such as 本町1-2-3 is typed on the kana keyboard by touch: the ten digits and
// the hyphen are on both of its pages, and the hyphen stays apart from the long-vowel mark ー.
import { describe, expect, it } from 'vitest';
import { applyKey } from '../../../src-renderer/components/keyboard/edit';
import { layouts, toKatakana } from '../../../src-renderer/components/keyboard/layouts';

const keysOf = (rows: string[]) => rows.join(' ').split(' ');

describe('the kana layout', () => {
  it('has the ten digits, the hyphen and ー on both pages, each once', () => {
    for (const page of ['default', 'shift']) {
      const keys = keysOf(layouts.kana[page]!);
      for (const c of '0123456789-ー') expect(keys.filter((k) => k === c), `${page} ${c}`).toHaveLength(1);
    }
  });

  it('keeps every row of the katakana page a mirror of the hiragana page', () => {
    const hira = layouts.kana.default!.slice(0, -1);
    const kata = layouts.kana.shift!.slice(0, -1);
    expect(kata).toEqual(hira.map(toKatakana));
  });

  it('types 1-2-3 after kana', () => {
    let state = { value: 'ほんちょう', start: 5, end: 5 };
    for (const key of ['1', '-', '2', '-', '3']) {
      const result = applyKey(state, key);
      if (result.kind !== 'edit') throw new Error(`${key} did not type`);
      state = result.state;
    }
    expect(state.value).toBe('ほんちょう1-2-3');
  });
});
