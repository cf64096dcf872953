// Dates in each language: 令和 for Japanese and easy Japanese (with a reading for every kanji),
// the locale's own Gregorian format for the others — always in Japan time.
import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatShortDay, formatTime } from '../../../src-shared/localized-date';
import { locales } from '../../../src-shared/locales';
import { kanjiWithoutReading, rubyAsParentheses } from '../../../src-shared/ruby';

// 2023-02-16 13:30 in Tokyo (04:30 UTC), the seeds' example.
const SEED = Date.UTC(2023, 1, 16, 4, 30);

describe('dates in every language', () => {
  it('keeps the seeds\' 令和 style in Japanese', () => {
    expect(formatDateTime(SEED, 'ja')).toBe('令和5年2月16日(木曜日) 13時30分');
    expect(formatShortDay(SEED, 'ja')).toBe('2月16日(木)');
  });

  it('gives every kanji of an easy-Japanese date its reading', () => {
    expect(rubyAsParentheses(formatDateTime(SEED, 'easy'))).toBe('令和(れいわ)5年(ねん)2月(がつ)16日(にち)(木曜日(もくようび)) 13時(じ)30分(ぷん)');
    for (let day = 0; day < 366; day += 1) {
      const at = Date.UTC(2026, 0, 1, 1, 7 * day) + day * 86_400_000;
      expect(kanjiWithoutReading(formatDateTime(at, 'easy'))).toEqual([]);
      expect(kanjiWithoutReading(formatShortDay(at, 'easy'))).toEqual([]);
    }
  });

  it('reads the irregular days and minutes as people say them', () => {
    const jan = (day: number, hour: number, minute: number) => Date.UTC(2026, 0, day, hour - 9, minute);
    expect(rubyAsParentheses(formatDate(jan(1, 12, 0), 'easy'))).toContain('1日(ついたち)');
    expect(rubyAsParentheses(formatDate(jan(20, 12, 0), 'easy'))).toContain('20日(はつか)');
    expect(rubyAsParentheses(formatDate(jan(11, 12, 0), 'easy'))).toContain('11日(にち)');
    expect(rubyAsParentheses(formatTime(jan(5, 9, 15), 'easy'))).toBe('9時(じ)15分(ふん)');
    expect(rubyAsParentheses(formatTime(jan(5, 9, 0), 'easy'))).toBe('9時(じ)');
    expect(rubyAsParentheses(formatTime(jan(5, 9, 40), 'easy'))).toBe('9時(じ)40分(ぷん)');
  });

  it('uses the Gregorian calendar and the locale\'s words elsewhere', () => {
    expect(formatDateTime(SEED, 'en')).toBe('Thursday, 16 February 2023 at 13:30');
    expect(formatDate(SEED, 'zh')).toBe('2023年2月16日星期四');
    expect(formatDate(SEED, 'ko')).toBe('2023년 2월 16일 목요일');
    expect(formatDate(SEED, 'pt')).toBe('quinta-feira, 16 de fevereiro de 2023');
    expect(formatDate(SEED, 'vi')).toContain('16 tháng 2, 2023');
    expect(formatTime(SEED, 'id')).toBe('13.30');
    // Nepali in Devanagari words, with the Latin digits of the slips and signs.
    expect(formatDateTime(SEED, 'ne')).toMatch(/फेब्रुअरी/);
    expect(formatDateTime(SEED, 'ne')).toContain('13:30');
    for (const locale of locales) {
      if (locale === 'ja' || locale === 'easy') continue;
      expect(formatDate(SEED, locale), locale).not.toMatch(/令和/);
    }
  });

  it('reads Japan time on any machine', () => {
    // 2026-01-04 20:00 UTC is already Monday 5 January in Tokyo.
    expect(formatDate(Date.UTC(2026, 0, 4, 20), 'en')).toBe('Monday, 5 January 2026');
  });
});
