// 利用者キー: 4 lower-case letters then 5 digits, random and never reused.
import { describe, expect, it } from 'vitest';
import { generateUserKey, newUserKey } from '../../../src-main/citizen/user-key';
import { USER_KEY_PATTERN } from '../../../src-shared/fields';

describe('user keys', () => {
  it('match the pattern and spread over the whole alphabet', () => {
    const keys = Array.from({ length: 2000 }, generateUserKey);
    expect(keys.every((k) => USER_KEY_PATTERN.test(k))).toBe(true);
    expect(new Set(keys).size).toBe(keys.length);
    const firstLetters = new Set(keys.map((k) => k[0]));
    expect(firstLetters.size).toBe(26);
    const lastDigits = new Set(keys.map((k) => k[8]));
    expect(lastDigits.size).toBe(10);
  });

  it('skips keys already taken and gives up rather than loop forever', async () => {
    const seen: string[] = [];
    const key = await newUserKey((k) => {
      seen.push(k);
      return Promise.resolve(seen.length < 3);
    });
    expect(seen).toHaveLength(3);
    expect(key).toBe(seen[2]);
    await expect(newUserKey(() => Promise.resolve(true), 5)).rejects.toThrow('no free user key');
  });
});
