// Where each kind of row sits: accounts get explicit ids in one block per kind (staff, then
// patrons, then citizens), and login ids are generated in ascending order so the UNIQUE
// (kind, login_id) index only ever appends during the load.
import { withCheckDigit } from '../../../src-shared/library/card-number';
import type { Sizes } from './sizes';

export const LOGIN_PATRONS = 20;
export const SESSION_PATRONS = 50;
export const SESSION_CITIZENS = 50;
/** Loan-history rows of each session patron: more than the 1000 the history page shows. */
export const SESSION_HISTORY_ROWS = 1_500;

export interface Layout {
  staffBase: number;
  patronBase: number;
  citizenBase: number;
  /** Distinct targets per timed operation (calls + warm-up + spare). */
  targets: number;
  lockedFirst: number;
  /** Patron index i is a reminder patron (due_notice on, mail to 自PC) when this says so. */
  isReminderPatron(i: number): boolean;
  keepsHistory(i: number): boolean;
}

export function layoutFor(sizes: Sizes, targets: number): Layout {
  const lockedFirst = LOGIN_PATRONS + SESSION_PATRONS;
  const ordinaryFirst = lockedFirst + targets;
  return {
    staffBase: 0,
    patronBase: sizes.staff,
    citizenBase: sizes.staff + sizes.patrons,
    targets,
    lockedFirst,
    isReminderPatron: (i) => i >= ordinaryFirst && i % 3 === 0,
    keepsHistory: (i) => (i >= LOGIN_PATRONS && i < lockedFirst) || (i >= ordinaryFirst && i % 4 === 1),
  };
}

/** 図書館カードの番号: 13 digits with the EAN-13 style check digit, ascending with i. */
export function cardNumber(i: number): string {
  return withCheckDigit(String(200_000_000_000 + i));
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** 利用者キー: 4 letters and 5 digits (abcd12345), ascending with i. */
export function userKey(i: number): string {
  let block = Math.floor(i / 100_000);
  let letters = '';
  for (let k = 0; k < 4; k++) {
    letters = (LETTERS[block % 26] as string) + letters;
    block = Math.floor(block / 26);
  }
  return `${letters}${String(i % 100_000).padStart(5, '0')}`;
}

/** Clerks S0001 …; the one administrator is A0001. */
export function clerkId(n: number): string {
  return `S${String(n).padStart(4, '0')}`;
}
