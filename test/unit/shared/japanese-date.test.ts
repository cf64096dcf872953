// The seeds print dates as 令和5年2月16日(木曜日) 13時30分, in Japan time on any machine.
import { describe, expect, it } from 'vitest';
import {
  formatJapaneseDate,
  formatJapaneseDateTime,
  formatJapaneseYear,
} from '../../../src-shared/japanese-date';

describe('Japanese dates', () => {
  it('formats the seed example in the 令和 era', () => {
    // 2023-02-16 13:30 in Tokyo is 04:30 UTC.
    expect(formatJapaneseDateTime(Date.UTC(2023, 1, 16, 4, 30))).toBe('令和5年2月16日(木曜日) 13時30分');
  });

  it('uses Japan time, not the machine or UTC date', () => {
    // 2026-01-04 20:00 UTC is already Monday 5 January in Tokyo.
    expect(formatJapaneseDateTime(Date.UTC(2026, 0, 4, 20, 0))).toBe('令和8年1月5日(月曜日) 5時00分');
  });

  it('calls the first year of an era 元年 and keeps earlier eras', () => {
    expect(formatJapaneseDate(Date.UTC(2019, 4, 1, 3))).toBe('令和元年5月1日(水曜日)');
    expect(formatJapaneseDate(Date.UTC(2019, 3, 30, 3))).toBe('平成31年4月30日(火曜日)');
    expect(formatJapaneseYear(Date.UTC(2025, 5, 1))).toBe('令和7年');
  });
});
