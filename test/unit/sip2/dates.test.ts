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

  it('follows DST and other offset changes to the second, also for calls in the same minute', () => {
    // New York springs forward at 2026-03-08 07:00:00 UTC (02:00 EST → 03:00 EDT).
    const change = Date.UTC(2026, 2, 8, 7, 0, 0);
    expect(formatSipDate(change - 1000, 'America/New_York')).toBe('20260308    015959');
    expect(formatSipDate(change, 'America/New_York')).toBe('20260308    030000');
    expect(formatSipDate(change - 1000, 'America/New_York')).toBe('20260308    015959');
    // … and falls back at 2026-11-01 06:00:00 UTC (02:00 EDT → 01:00 EST).
    const back = Date.UTC(2026, 10, 1, 6, 0, 0);
    expect(formatSipDate(back - 1, 'America/New_York')).toBe('20261101    015959');
    expect(formatSipDate(back, 'America/New_York')).toBe('20261101    010000');
    // Lord Howe moves by half an hour, Kathmandu is +05:45.
    expect(formatSipDate(Date.UTC(2026, 3, 4, 15, 0, 0), 'Australia/Lord_Howe')).toBe('20260405    013000');
    expect(formatSipDate(Date.UTC(2026, 0, 5, 15, 4, 5), 'Asia/Kathmandu')).toBe('20260105    204905');
    // Two zones asked in turn within one minute each get their own offset.
    expect(formatSipDate(Date.UTC(2026, 0, 5, 15, 4, 6), 'Asia/Tokyo')).toBe('20260106    000406');
    expect(formatSipDate(Date.UTC(2026, 0, 5, 15, 4, 7), 'UTC')).toBe('20260105    150407');
  });

  it('asks afresh for instants before 1973, when some offsets still had seconds', () => {
    // Monrovia kept −0:44:30 until 1972-01-07 00:00 local, which is 00:44:30 UTC.
    expect(formatSipDate(Date.UTC(1972, 0, 7, 0, 44, 29), 'Africa/Monrovia')).toBe('19720106    235959');
    expect(formatSipDate(Date.UTC(1972, 0, 7, 0, 44, 30), 'Africa/Monrovia')).toBe('19720107    004430');
  });

  it('reads a date by character as the regex did: only ASCII digits, real days, years from 100', () => {
    expect(parseSipDate('20240229    235959')).toEqual({ date: '2024-02-29', time: '23:59:59', utc: false });
    for (const text of ['20230229    000000', '21000229    000000', '00010101    000000', '２０２６0106    000000', '20260106  Z 000000', '20260106    000000 ', '20260106    005960']) {
      expect(parseSipDate(text)).toBeNull();
    }
    expect(parseSipDate('20000229   Z000000')).toEqual({ date: '2000-02-29', time: '00:00:00', utc: true });
  });
});
