import { describe, expect, it } from 'vitest';
import { formatSipDate, parseSipDate } from '../../../src-main/library-system/sip2/dates';

describe('SIP2 dates', () => {
  it('writes YYYYMMDDZZZZHHMMSS in the library\'s time zone with four blanks for local time', () => {
    const at = Date.UTC(2026, 0, 5, 15, 4, 5); // 2026-01-06 00:04:05 in Tokyo
    expect(formatSipDate(at, 'Asia/Tokyo')).toBe('20260106    000405');
    expect(formatSipDate(at, 'UTC')).toBe('20260105    150405');
    expect(formatSipDate(at, 'Asia/Tokyo')).toHaveLength(18);
  });

  it('reads local and UTC SIP dates, and the date-only forms some ILSs put in AH', () => {
    expect(parseSipDate('20260106    000405')).toEqual({ date: '2026-01-06', time: '00:04:05', utc: false });
    expect(parseSipDate('20260106   Z000405')).toEqual({ date: '2026-01-06', time: '00:04:05', utc: true });
    expect(parseSipDate('2026-01-20')).toEqual({ date: '2026-01-20', time: '23:59:59', utc: false });
    expect(parseSipDate('20260120')).toEqual({ date: '2026-01-20', time: '23:59:59', utc: false });
  });

  it('returns null for what is not a date', () => {
    for (const text of ['', ' '.repeat(18), '20261306    000000', '20260230    000000', '20260106    250000', '2026/01/06', 'yesterday']) {
      expect(parseSipDate(text)).toBeNull();
    }
  });
});
