// 利用者キー: 4 lower-case letters then 5 digits (abcd12345), drawn with a CSPRNG. About 4.6 × 10^10
// keys, so a guessed key is almost never someone's; the OTP, not the key, is the secret.
import { randomCode } from '../auth/random-code';
import { USER_KEY_PATTERN } from '../../src-shared/fields';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';

export function generateUserKey(): string {
  return randomCode(LETTERS, 4) + randomCode(DIGITS, 5);
}

/**
 * A key no account has ever had (deleted ones included, so a key never passes to someone else).
 * The UNIQUE constraint on accounts stays the last word; this only makes a clash a retry, not an error.
 */
export async function newUserKey(taken: (key: string) => Promise<boolean>, attempts = 20): Promise<string> {
  for (let i = 0; i < attempts; i++) {
    const key = generateUserKey();
    if (!USER_KEY_PATTERN.test(key)) throw new Error('generated user key does not match its pattern');
    if (!(await taken(key))) return key;
  }
  throw new Error('no free user key found');
}
