import { describe, expect, it } from 'vitest';
import { createDecoy, hashSecret, verifySecret } from '../../../src-main/auth/secrets';

const fast = { N: 1024, r: 8, p: 1 };

describe('secrets', () => {
  it('verifies the right secret and refuses a wrong one', async () => {
    const hash = await hashSecret('correct horse', fast);
    expect(hash).toMatch(/^scrypt\$1024\$8\$1\$[\w-]+\$[\w-]+$/);
    expect(await verifySecret('correct horse', hash, fast)).toEqual({ ok: true, needsRehash: false });
    expect(await verifySecret('correct hors', hash, fast)).toEqual({ ok: false, needsRehash: false });
  });

  it('salts every hash', async () => {
    expect(await hashSecret('same', fast)).not.toBe(await hashSecret('same', fast));
  });

  it('folds full-width input so an IME-typed secret still matches', async () => {
    const hash = await hashSecret('pass1234', fast);
    expect((await verifySecret('ｐａｓｓ１２３４', hash, fast)).ok).toBe(true);
  });

  it('asks for a re-hash when the stored parameters are weaker than the current ones', async () => {
    const hash = await hashSecret('pw', fast);
    expect(await verifySecret('pw', hash, { N: 2048, r: 8, p: 1 })).toEqual({ ok: true, needsRehash: true });
    // A wrong secret never asks for a re-hash (nothing to re-hash with).
    expect(await verifySecret('nope', hash, { N: 2048, r: 8, p: 1 })).toEqual({ ok: false, needsRehash: false });
  });

  it('refuses malformed stored hashes without throwing', async () => {
    for (const bad of ['', 'plain', 'scrypt$x$8$1$a$b', 'bcrypt$1$2$3$4$5']) {
      expect(await verifySecret('pw', bad, fast)).toEqual({ ok: false, needsRehash: false });
    }
  });

  it('handles the production cost (N=2^17) without running out of memory', async () => {
    const production = { N: 2 ** 17, r: 8, p: 1 };
    const hash = await hashSecret('pw', production);
    expect((await verifySecret('pw', hash, production)).ok).toBe(true);
  });

  it('does not block the event loop while hashing', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    await hashSecret('pw', { N: 2 ** 16, r: 8, p: 1 });
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(0);
  });

  it('the decoy does the same work for unknown accounts', async () => {
    const decoy = createDecoy(fast);
    await expect(decoy()).resolves.toBeUndefined();
  });
});
