// madoguchi-admin end to end on temp data folders: init, backup, restore, verify-audit, seed-demo,
// and the administrator recovery — with the real store and the real audit chain.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../../src-main/app';
import { createMemoryLogger } from '../../../src-main/log';
import { type CliEnv, cliEnv, FAST_CONFIG, recoveryCodeIn } from './cli-env';

const PINS = ['kanri2468', 'kanri2468', 'kakunin1357', 'kakunin1357'];

let env: CliEnv;
afterEach(() => env?.close());

function withApp<T>(dataDir: string, use: (app: ReturnType<typeof createApp>) => Promise<T>): Promise<T> {
  const app = createApp({ dataDir, env: {}, startJobs: false, log: createMemoryLogger(), config: { demoData: false, ...FAST_CONFIG } });
  return use(app).finally(() => app.close());
}

describe('init', () => {
  it('creates A0001 from PINs typed twice, prints a recovery code once, and refuses a second run', async () => {
    env = cliEnv();
    const run = await env.run(['init', '--name-kana', 'かんりしゃ', '--name', '窓口 管理者'], PINS);
    expect(run.code).toBe(0);
    expect(run.out).toContain('A0001');
    expect(run.asked).toHaveLength(4);
    const code = recoveryCodeIn(run.out);

    await withApp(env.dataDir, async (app) => {
      const login = await app.router.call('t', 'staff.login', { staffId: 'a0001', pin: 'kanri2468' });
      expect(login.ok && login.data).toMatchObject({ role: 'admin', loginId: 'A0001', requiredAction: null, displayName: '窓口 管理者' });
      const stored = app.db.prepare("SELECT hash FROM credentials WHERE purpose = 'recovery'").all() as { hash: string }[];
      expect(stored).toHaveLength(1);
      expect(stored[0]?.hash).toMatch(/^scrypt\$/);
      expect(stored[0]?.hash).not.toContain(code);
      expect(app.services.staff.profiles.get(1)?.nameKanaHalf).toBe('ｶﾝﾘｼｬ');
      expect(app.services.audit.list({ action: 'cli.init' })).toHaveLength(1);
    });

    const again = await env.run(['init', '--name-kana', 'ｶﾝﾘ'], PINS);
    expect(again.code).toBe(1);
    expect(again.err).toContain('already initialised');
  });

  it('refuses guessable or mismatched PINs from a pipe with exit 2 and creates nobody', async () => {
    env = cliEnv();
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
      expect(app.services.staff.installation.isInitialised()).toBe(false);
      expect(app.services.staff.profiles.anyAccount()).toBe(false);
    });
    expect((await env.run(['init', '--name-kana', '管理者'], PINS)).code).toBe(2);
  });
});

describe('command line', () => {
  it('answers wrong arguments with a sentence and exit 2, never a stack', async () => {
    env = cliEnv();
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

describe('backup, restore and verify-audit', () => {
  it('backs up, restores the backup over later changes, keeps the replaced file, and the chain verifies', async () => {
    env = cliEnv();
    expect((await env.run(['init', '--name-kana', 'ｶﾝﾘ'], PINS)).code).toBe(0);
    const file = join(env.dataDir, '..', 'backup-1.sqlite');
    const backup = await env.run(['backup', file]);
    expect(backup.code).toBe(0);
    expect(existsSync(file)).toBe(true);
    expect((await env.run(['backup', file])).code).toBe(1);

    // A change after the backup: a second administrator's failed logins.
    await withApp(env.dataDir, async (app) => {
      for (let i = 0; i < 5; i++) await app.router.call('t', 'staff.login', { staffId: 'A0001', pin: 'wrong' });
      expect(app.services.accounts.findByLogin('staff', 'A0001')?.locked).toBe(true);
    });

    env.clock.advance(60_000);
    const restore = await env.run(['restore', file]);
    expect(restore.code).toBe(0);
    expect(readdirSync(env.dataDir).filter((f) => f.endsWith('.bak'))).toHaveLength(1);
    await withApp(env.dataDir, async (app) => {
      expect(app.services.accounts.findByLogin('staff', 'A0001')?.locked).toBe(false);
    });
    const verify = await env.run(['verify-audit']);
    expect(verify.code).toBe(0);
    expect(verify.out).toMatch(/verifies: \d+ rows/);
  });

  it('finds an edited audit row', async () => {
    env = cliEnv();
    await env.run(['init', '--name-kana', 'ｶﾝﾘ'], PINS);
    const db = new Database(join(env.dataDir, 'madoguchi.sqlite'));
    db.exec('DROP TRIGGER audit_log_no_update');
    db.prepare("UPDATE audit_log SET actor = 'someone-else' WHERE id = 1").run();
    db.close();
    const verify = await env.run(['verify-audit']);
    expect(verify.code).toBe(1);
    expect(verify.err).toContain('broken at row 1');
    expect(verify.err).toContain('edited');
  });

  it('refuses a damaged, foreign or newer file and changes nothing', async () => {
    env = cliEnv();
    await env.run(['init', '--name-kana', 'ｶﾝﾘ'], PINS);
    const dir = join(env.dataDir, '..');

    const garbage = join(dir, 'garbage.sqlite');
    writeFileSync(garbage, Buffer.alloc(8192, 7));
    const foreign = join(dir, 'foreign.sqlite');
    const f = new Database(foreign);
    f.exec('CREATE TABLE notes (t TEXT)');
    f.close();
    const good = join(dir, 'good.sqlite');
    expect((await env.run(['backup', good])).code).toBe(0);
    const newer = join(dir, 'newer.sqlite');
    expect((await env.run(['backup', newer])).code).toBe(0);
    const n = new Database(newer);
    n.pragma('user_version = 999');
    n.close();
    const damaged = join(dir, 'damaged.sqlite');
    expect((await env.run(['backup', damaged])).code).toBe(0);
    const d = new Database(damaged);
    const { root } = d.prepare("SELECT rootpage AS root FROM sqlite_master WHERE name = 'audit_log'").get() as { root: number };
    const pageSize = d.pragma('page_size', { simple: true }) as number;
    d.close();
    const { openSync, writeSync, closeSync } = await import('node:fs');
    const fd = openSync(damaged, 'r+');
    writeSync(fd, Buffer.alloc(64, 0xff), 0, 64, (root - 1) * pageSize + 8);
    closeSync(fd);

    for (const [name, reason] of [[garbage, 'not an SQLite database'], [foreign, 'not a Madoguchi database'], [newer, 'newer Madoguchi'], [damaged, 'damaged']] as const) {
      const run = await env.run(['restore', name]);
      expect(run.code, name).toBe(1);
      expect(run.err, name).toContain(reason);
    }
    expect(readdirSync(env.dataDir).filter((x) => x.endsWith('.bak') || x.endsWith('.restoring'))).toEqual([]);
    expect((await env.run(['verify-audit'])).code).toBe(0);
    expect((await env.run(['restore', join(dir, 'missing.sqlite')])).code).toBe(2);
  });
});

describe('recover-admin', () => {
  it('unlocks with the recovery code, forces new PINs, and the old code stops working', async () => {
    env = cliEnv();
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
      const a0001 = app.services.accounts.findByLogin('staff', 'A0001');
      expect(a0001).toMatchObject({ locked: false, blockaded: false, consecutiveFailures: 0 });
      expect((await app.router.call('t', 'staff.login', { staffId: 'A0001', pin: 'kanri2468' })).ok).toBe(false);
      const session = await app.router.call('t', 'staff.login', { staffId: 'A0001', pin: temporary });
      expect(session.ok && session.data.requiredAction).toBe('set_pins');
      expect((await app.router.call('t', 'admin.accounts.search', { query: '' })).ok).toBe(false);
      const set = await app.router.call('t', 'staff.setPins', { pin: 'fresh2468', pinAgain: 'fresh2468', confirmPin: 'fresh1357', confirmPinAgain: 'fresh1357' });
      expect(set.ok && set.data.requiredAction).toBeNull();
      expect((await app.router.call('t', 'admin.accounts.search', { query: '' })).ok).toBe(true);
      const rows = app.services.audit.list({ action: 'cli.recover_admin' }).map((r) => r.outcome);
      expect(rows.sort()).toEqual(['denied', 'denied', 'ok']);
      expect(app.services.audit.verify().ok).toBe(true);
    });

    const old = await env.run(['recover-admin', '--id', 'A0001'], [firstCode]);
    expect(old.code).toBe(1);
    expect((await env.run(['recover-admin', '--id', 'A0001'], [secondCode])).code).toBe(0);
  });
});

describe('seed-demo', () => {
  it('loads the demo staff into an empty database once', async () => {
    env = cliEnv();
    const run = await env.run(['seed-demo']);
    expect(run.code).toBe(0);
    await withApp(env.dataDir, async (app) => {
      expect((await app.router.call('t', 'staff.login', { staffId: 'S0001', pin: 'hanako2468' })).ok).toBe(true);
      expect(app.services.accounts.findByLogin('staff', 'S0002')?.locked).toBe(true);
    });
    expect((await env.run(['seed-demo'])).code).toBe(1);
    expect((await env.run(['init', '--name-kana', 'ｶﾝﾘ'], PINS)).code).toBe(1);
  });
});
