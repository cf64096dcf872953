// The installation's recovery code: printed once by `madoguchi-admin init` (and again, a new one,
// by each recovery), kept on paper at the branch, stored only as a hash. 20 characters from an
// alphabet without look-alikes (about 100 bits), shown in groups of four.
import { randomCode } from '../auth/random-code';

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const LENGTH = 20;

export function newRecoveryCode(): string {
  return randomCode(ALPHABET, LENGTH).match(/.{4}/g)?.join('-') ?? '';
}

/** What is hashed and compared: hyphens, spaces and case as typed do not matter. */
export function normalizeRecoveryCode(typed: string): string {
  return typed.normalize('NFKC').replace(/[\s\-‐−ー]/g, '').toUpperCase();
}

/** A temporary login PIN printed by recovery; the holder must replace both PINs at once. */
export function newTemporaryPin(): string {
  return randomCode('abcdefghjkmnpqrstuvwxyz23456789', 10);
}
