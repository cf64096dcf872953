// The ruby notation of easy Japanese: parsed for screens, read aloud in attributes, bracketed in mail.
import { describe, expect, it } from 'vitest';
import { kanjiWithoutReading, parseRuby, rubyAsParentheses, rubyAsReading } from '../../../src-shared/ruby';

describe('ruby notation', () => {
  const text = '｜図書館《としょかん》の｜本《ほん》を｜借《か》りる';

  it('splits text into plain runs and base/reading pairs', () => {
    expect(parseRuby(text)).toEqual([
      { base: '図書館', reading: 'としょかん' },
      { text: 'の' },
      { base: '本', reading: 'ほん' },
      { text: 'を' },
      { base: '借', reading: 'か' },
      { text: 'りる' },
    ]);
    expect(parseRuby('かな だけ')).toEqual([{ text: 'かな だけ' }]);
    // Staff-typed text went through NFKC, which makes the bar ASCII.
    expect(parseRuby('|本《ほん》')).toEqual([{ base: '本', reading: 'ほん' }]);
  });

  it('reads attributes aloud in kana and prints mail with brackets', () => {
    expect(rubyAsReading(text)).toBe('としょかんのほんをかりる');
    expect(rubyAsParentheses(text)).toBe('図書館(としょかん)の本(ほん)を借(か)りる');
  });

  it('finds every kanji left without a reading', () => {
    expect(kanjiWithoutReading(text)).toEqual([]);
    expect(kanjiWithoutReading('｜本《ほん》を借りる')).toEqual(['借']);
    expect(kanjiWithoutReading('日々')).toEqual(['日', '々']);
  });
});
