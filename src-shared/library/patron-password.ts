// The rules a new patron password must meet (seed 002 and issue 5): 8–64 characters, equal to
// its confirmation, not the card number, not the birth date written in any usual way, not one of
// the most common passwords. Pure, so the renderer shows the same verdict main enforces; main
// alone knows the birth date, so the renderer checks without it.
import type { FieldErrorCode } from '../errors';
import { isCommonPassword } from './common-passwords';

export const PATRON_PASSWORD_MIN = 8;
export const PATRON_PASSWORD_MAX = 64;

/** Passwords are compared after NFKC (a full-width "ａ" typed through an IME is "a"), as hashSecret hashes them. */
export function normalizePassword(value: string): string {
  return value.normalize('NFKC');
}

const ERAS = [
  { letter: 'r', kanji: '令和', start: '2019-05-01' },
  { letter: 'h', kanji: '平成', start: '1989-01-08' },
  { letter: 's', kanji: '昭和', start: '1926-12-25' },
  { letter: 't', kanji: '大正', start: '1912-07-30' },
  { letter: 'm', kanji: '明治', start: '1868-01-25' },
] as const;

/** Removes what people put between the parts of a date, and spells era names as their letter. */
function foldDate(value: string): string {
  let v = normalizePassword(value).toLowerCase();
  for (const era of ERAS) v = v.split(era.kanji).join(era.letter);
  return v.replace(/元年/g, '1年').replace(/[\s\-/.年月日_,'’]/g, '');
}

/** Every usual way of writing the birth date, folded like foldDate. */
export function birthDateForms(birthDate: string): Set<string> {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate);
  if (!match) return new Set();
  const [, yyyy = '', mm = '', dd = ''] = match;
  const yy = yyyy.slice(2);
  const m = String(Number(mm));
  const d = String(Number(dd));
  const forms = new Set<string>();
  for (const [month, day] of [[mm, dd], [m, d], [mm, d], [m, dd]] as const) {
    for (const year of [yyyy, yy]) {
      forms.add(`${year}${month}${day}`);
      forms.add(`${month}${day}${year}`);
      forms.add(`${day}${month}${year}`);
    }
    forms.add(`${month}${day}`);
    forms.add(`${day}${month}`);
  }
  const era = ERAS.find((e) => birthDate >= e.start);
  if (era) {
    const eraYear = Number(yyyy) - Number(era.start.slice(0, 4)) + 1;
    for (const y of [String(eraYear), String(eraYear).padStart(2, '0')]) {
      forms.add(`${era.letter}${y}${mm}${dd}`);
      forms.add(`${era.letter}${y}${m}${d}`);
    }
  }
  return forms;
}

export interface PasswordContext {
  cardNumber: string;
  /** 'YYYY-MM-DD'; absent in the renderer, which is not told the birth date. */
  birthDate?: string | null;
}

/** The first rule a new password breaks, or null when it is acceptable. */
export function newPasswordProblem(password: string, ctx: PasswordContext): FieldErrorCode | null {
  const value = normalizePassword(password);
  const length = [...value].length;
  if (length === 0) return 'required';
  if (length < PATRON_PASSWORD_MIN) return 'too_short';
  if (length > PATRON_PASSWORD_MAX) return 'too_long';
  if (ctx.cardNumber && value.includes(ctx.cardNumber)) return 'contains_personal';
  if (ctx.birthDate) {
    const folded = foldDate(value);
    const forms = birthDateForms(ctx.birthDate);
    const full = ctx.birthDate.replace(/-/g, '');
    if (forms.has(folded) || folded.includes(full)) return 'contains_personal';
  }
  if (isCommonPassword(value)) return 'common_password';
  return null;
}

/** The initial password the counter gives: the last four digits of the birth date (MMDD). */
export function initialPatronPassword(birthDate: string): string {
  return birthDate.slice(5, 7) + birthDate.slice(8, 10);
}
