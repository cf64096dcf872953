// madoguchi-admin end to end on temp data folders: init, seed-demo and the administrator recovery
// — with the real store (SQLite, or PostgreSQL under MADOGUCHI_TEST_STORE=postgres) and the real
// audit chain. backup, restore and the SQLite file's checks: backup-restore.test.ts.
import { afterEach, describe, expect, it } from 'vitest';
import { type CliEnv, cliEnv, PINS, recoveryCodeIn, withApp } from './cli-env';

let env: CliEnv | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

describe('init', () => {
  it('creates A0001 from PINs typed twice, prints a recovery code once, and refuses a second run', async () => {
    env = await cliEnv();
    const run = await env.run(['init', '--name-kana', 'かんりしゃ', '--name', '窓口 管理者'], PINS);
    expect(run.code).toBe(0);
    expect(run.out).toContain('A0001');
    expect(run.asked).toHaveLength(4);
    const code = recoveryCodeIn(run.out);

    await withApp(env.dataDir, async (app) => {
      const login = await app.router.call('t', 'staff.login', { staffId: 'a0001', pin: 'kanri2468' });
      expect(login.ok && login.data).toMatchObject({ role: 'admin', loginId: 'A0001', requiredAction: null, displayName: '窓口 管理者' });
      const stored = await app.store.all<{ hash: string }>("SELECT hash FROM credentials WHERE purpose = 'recovery'");
      expect(stored).toHaveLength(1);
      expect(stored[0]?.hash).toMatch(/^scrypt\$/);
      expect(stored[0]?.hash).not.toContain(code);
      expect((await app.services.staff.profiles.get(1))?.nameKanaHalf).toBe('ｶﾝﾘｼｬ');
      expect(await app.services.audit.list({ action: 'cli.init' })).toHaveLength(1);
    });

    const again = await env.run(['init', '--name-kana', 'ｶﾝﾘ'], PINS);
    expect(again.code).toBe(1);
    expect(again.err).toContain('already initialised');
  });

  it('refuses guessable or mismatched PINs from a pipe with exit 2 and creates nobody', async () => {
    env = await cliEnv();
    const trivial = await env.run(['init', '--name-kana', 'ｶﾝﾘ'], ['1234', '1234', 'kakunin1357', 'kakunin1357']);
    expect(trivial.code).toBe(2);
    expect(trivial.err).toContain('too easy to guess');
    const asId = await env.run(['init', '--name-kana', 'ｶﾝﾘ'], ['a0001', 'a0001', 'kakunin1357', 'kakunin1357']);
    expect(asId.code).toBe(2);
    const mismatch = await env.run(['init', '--name-kana', 'ｶﾝﾘ'], ['kanri2468', 'kanri2469', 'kakunin1357', 'kakunin1357']);
    expect(mismatch.err).toContain('does not match');
    const same = await env.run(['init', '--name-kana', 'ｶﾝﾘ'], ['kanri2468', 'kanri2468', 'kanri2468', 'kanri2468']);
    expect(same.err).toContain('must differ');
    const ended = await env.run(['init', '--name-kana', 'ｶﾝﾘ'], ['kanri2468']);
    expect(ended.code).toBe(2);
    await withApp(env.dataDir, async (app) => {
      expect(await app.services.staff.installation.isInitialised()).toBe(false);
      expect(await app.services.staff.profiles.anyAccount()).toBe(false);
    });
    expect((await env.run(['init', '--name-kana', '管理者'], PINS)).code).toBe(2);
  });
});

describe('verify-audit', () => {
  it('verifies the chain the commands wrote, wherever the store is', async () => {
    env = await cliEnv();
    expect((await env.run(['init', '--name-kana', 'ｶﾝﾘ'], PINS)).code).toBe(0);
    const verify = await env.run(['verify-audit']);
    expect(verify.code).toBe(0);
    expect(verify.out).toMatch(/verifies: \d+ rows/);
  });
});

describe('command line', () => {
  it('answers wrong arguments with a sentence and exit 2, never a stack', async () => {
    env = await cliEnv();
    for (const argv of [['frobnicate'], ['backup'], ['restore', 'a', 'b'], ['recover-admin'], ['recover-admin', '--id', 'S0001'], ['init', '--bogus'], ['verify-audit', '--id', 'A0001']]) {
      const run = await env.run(argv);
      expect(run.code, argv.join(' ')).toBe(2);
      expect(run.err).toMatch(/^madoguchi-admin: /);
      expect(run.err).not.toMatch(/\n\s+at /);
    }
    const help = await env.run(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('MADOGUCHI_DATA_DIR');
  });
});

describe('recover-admin', () => {
  it('unlocks with the recovery code, forces new PINs, and the old code stops working', async () => {
    env = await cliEnv();
    const init = await env.run(['init', '--name-kana', 'ｶﾝﾘ'], PINS);
    const firstCode = recoveryCodeIn(init.out);
    await withApp(env.dataDir, async (app) => {
      for (let i = 0; i < 5; i++) await app.router.call('t', 'staff.login', { staffId: 'A0001', pin: 'wrong' });
      expect((await app.router.call('t', 'staff.login', { staffId: 'A0001', pin: 'kanri2468' })).ok).toBe(false);
    });

    const wrong = await env.run(['recover-admin', '--id', 'A0001'], ['AAAA-BBBB-CCCC-DDDD-EEEE']);
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain('Wrong recovery code');
    expect((await env.run(['recover-admin', '--id', 'A0009'], [firstCode])).code).toBe(1);

    // Typed in lower case with spaces: still the code.
    const ok = await env.run(['recover-admin', '--id', 'a0001'], [firstCode.toLowerCase().replace(/-/g, ' ')]);
    expect(ok.code).toBe(0);
    const temporary = /temporary login PIN:\s+(\S+)/.exec(ok.out)?.[1] ?? '';
    const secondCode = recoveryCodeIn(ok.out);
    expect(secondCode).not.toBe(firstCode);

    await withApp(env.dataDir, async (app) => {
      const a0001 = await app.services.accounts.findByLogin('staff', 'A0001');
      expect(a0001).toMatchObject({ locked: false, blockaded: false, consecutiveFailures: 0 });
      expect((await app.router.call('t', 'staff.login', { staffId: 'A0001', pin: 'kanri2468' })).ok).toBe(false);
      const session = await app.router.call('t', 'staff.login', { staffId: 'A0001', pin: temporary });
      expect(session.ok && session.data.requiredAction).toBe('set_pins');
      expect((await app.router.call('t', 'admin.accounts.search', { query: '' })).ok).toBe(false);
      const set = await app.router.call('t', 'staff.setPins', { pin: 'fresh2468', pinAgain: 'fresh2468', confirmPin: 'fresh1357', confirmPinAgain: 'fresh1357' });
      expect(set.ok && set.data.requiredAction).toBeNull();
      expect((await app.router.call('t', 'admin.accounts.search', { query: '' })).ok).toBe(true);
      const rows = (await app.services.audit.list({ action: 'cli.recover_admin' })).map((r) => r.outcome);
      expect(rows.sort()).toEqual(['denied', 'denied', 'ok']);
      expect((await app.services.audit.verify()).ok).toBe(true);
    });

    const old = await env.run(['recover-admin', '--id', 'A0001'], [firstCode]);
    expect(old.code).toBe(1);
    expect((await env.run(['recover-admin', '--id', 'A0001'], [secondCode])).code).toBe(0);
  });
});

describe('seed-demo', () => {
  it('loads the demo staff into an empty database once', async () => {
    env = await cliEnv();
    const run = await env.run(['seed-demo']);
    expect(run.code).toBe(0);
    await withApp(env.dataDir, async (app) => {
      expect((await app.router.call('t', 'staff.login', { staffId: 'S0001', pin: 'hanako2468' })).ok).toBe(true);
      expect((await app.services.accounts.findByLogin('staff', 'S0002'))?.locked).toBe(true);
    });
    expect((await env.run(['seed-demo'])).code).toBe(1);
    expect((await env.run(['init', '--name-kana', 'ｶﾝﾘ'], PINS)).code).toBe(1);
  });
});
