// Cryptographically random codes from a given alphabet, without modulo bias.
import { randomInt } from 'node:crypto';

export function randomCode(alphabet: string, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[randomInt(alphabet.length)];
  return out;
}
