// Pure rules of the library area: card check digit, patron password, settings cross-field rules,
// the library calendar.
import { describe, expect, it } from 'vitest';
import { LibraryCalendar } from '../../../src-main/library/calendar';
import { dailyAt, latestDueDay } from '../../../src-main/library/job-state';
import type { PatronSettings } from '../../../src-shared/contract/library';
import { cardCheckDigit, hasValidCheckDigit, withCheckDigit } from '../../../src-shared/library/card-number';
import { birthDateForms, initialPatronPassword, newPasswordProblem } from '../../../src-shared/library/patron-password';
import { settingsProblems } from '../../../src-shared/library/settings-rules';

describe('card number check digit (JAN / EAN-13 style)', () => {
  it('matches a known EAN-13', () => {
    expect(cardCheckDigit('490123456789')).toBe(4); // 4901234567894
  });
  it('catches every single-digit mistake', () => {
    const card = withCheckDigit('200000012345');
    for (let i = 0; i < 13; i++) {
      for (let d = 0; d <= 9; d++) {
        const typo = card.slice(0, i) + String(d) + card.slice(i + 1);
        expect(hasValidCheckDigit(typo)).toBe(typo === card);
      }
    }
  });
});

describe('patron password', () => {
  const ctx = { cardNumber: '2000000000015', birthDate: '1989-01-08' };
  it('knows the era forms, including 平成元年', () => {
    const forms = birthDateForms('1989-01-08');
    expect(forms.has('h10108')).toBe(true);
    expect(forms.has('19890108')).toBe(true);
    expect(newPasswordProblem('平成元年1月8日', ctx)).toBe('contains_personal');
  });
  it('accepts a good one and gives the initial MMDD', () => {
    expect(newPasswordProblem('bright-lantern-7', ctx)).toBeNull();
    expect(newPasswordProblem('ａｂｃｄｅｆｇ', ctx)).toBe('too_short');
    expect(initialPatronPassword('1985-08-08')).toBe('0808');
  });
  it('checks what it can without the birth date (the renderer)', () => {
    expect(newPasswordProblem('19890108', { cardNumber: ctx.cardNumber })).toBeNull();
    expect(newPasswordProblem('x2000000000015', { cardNumber: ctx.cardNumber })).toBe('contains_personal');
  });
});

describe('settings rules', () => {
  const base: PatronSettings = {
    email1: 'a@example.jp',
    email1Kind: 'pc',
    email2: null,
    email2Kind: 'pc',
    registrationMail: false,
    registrationTo: { pc: false, mobile: false },
    holdTo: { pc: false, mobile: false },
    sdiTo: { pc: false, mobile: false },
    dueNotice: false,
    dueNoticeTo: { pc: false, mobile: false },
    dueNoticeDays: 1,
    pickupBranch: 'honkan',
    holdContact: 'none',
    phoneContact: 'mobile',
    keepHistory: false,
  };
  it('ties each destination to an address with the same tag', () => {
    expect(settingsProblems({ ...base, holdTo: { pc: true, mobile: false } }, ['honkan'])).toEqual({});
    expect(settingsProblems({ ...base, holdTo: { pc: false, mobile: true } }, ['honkan'])).toEqual({ holdTo: 'needs_mobile_address' });
    // A tag on an empty address does not count.
    expect(settingsProblems({ ...base, email2Kind: 'mobile', sdiTo: { pc: false, mobile: true } }, ['honkan'])).toEqual({ sdiTo: 'needs_mobile_address' });
  });
});

describe('library calendar', () => {
  const cal = new LibraryCalendar('Asia/Tokyo');
  it('puts the day boundary at midnight in Tokyo', () => {
    expect(cal.dateOf(Date.UTC(2026, 0, 5, 14, 59))).toBe('2026-01-05');
    expect(cal.dateOf(Date.UTC(2026, 0, 5, 15, 0))).toBe('2026-01-06');
    expect(cal.startOfDay('2026-01-06')).toBe(Date.UTC(2026, 0, 5, 15, 0));
    expect(cal.at('2026-01-06', '07:00')).toBe(Date.UTC(2026, 0, 5, 22, 0));
    expect(LibraryCalendar.addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
  it('schedules daily runs at the configured time, and right away at start', () => {
    const next = dailyAt(cal, '07:00');
    const start = Date.UTC(2026, 0, 5, 0, 0); // 09:00 on the 5th
    expect(next(null, start)).toBe(start);
    expect(next(start, start)).toBe(Date.UTC(2026, 0, 5, 22, 0)); // 07:00 on the 6th
    expect(latestDueDay(cal, '07:00', Date.UTC(2026, 0, 5, 21, 59))).toBe('2026-01-05');
    expect(latestDueDay(cal, '07:00', Date.UTC(2026, 0, 5, 22, 0))).toBe('2026-01-06');
  });
  it('handles a zone with daylight saving time too', () => {
    const ny = new LibraryCalendar('America/New_York');
    expect(ny.startOfDay('2026-07-01')).toBe(Date.UTC(2026, 6, 1, 4, 0));
    expect(ny.startOfDay('2026-01-01')).toBe(Date.UTC(2026, 0, 1, 5, 0));
  });
});
