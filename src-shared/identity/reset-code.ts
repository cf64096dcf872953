// パスワード再設定 codes (seed 004): 8 characters read off a mail and typed at a kiosk. One case and
// no look-alikes (0/O, 1/I/l, and L, which a hurried hand writes like 1), so what the citizen reads
// is what the code is; the input forgives case, spaces and hyphens, as people copy codes in groups.
import { z } from 'zod';
import { normalizeText, RAW_TEXT_LIMIT } from '../fields';

export const RESET_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const RESET_CODE_LENGTH = 8;

// Hyphen-like characters and spaces after NFKC (a full-width space becomes a plain one).
const SEPARATORS = /[\s\-‐‑‒–—―−ｰー_]/g;

/** What the citizen typed, as the code is stored: upper case, no spaces or hyphens. */
export function normalizeResetCode(typed: string): string {
  return normalizeText(typed).replace(SEPARATORS, '').toUpperCase();
}

/**
 * The input rule is looser than the alphabet: a mistyped look-alike is a wrong code (counted on
 * the code), not a form error that would teach which characters exist.
 */
export const resetCode = z
  .string({ error: 'required' })
  .max(RAW_TEXT_LIMIT, { error: 'too_long' })
  .transform(normalizeResetCode)
  .pipe(z.string().min(1, { error: 'required' }).regex(/^[A-Z0-9]{8}$/, { error: 'format' }));
