// madoguchi-admin backup, restore and verify-audit on temp data folders: copies of the SQLite file,
// files that must be refused, and tampering with the file as someone with the disk would do it.
// SQLite only (a PostgreSQL site backs up with pg_dump; see the refusal test below).
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { type CliEnv, cliEnv, PINS, withApp } from './cli-env';

let env: CliEnv | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

describe('backup, restore and verify-audit', () => {
  it('backs up, restores the backup over later changes, keeps the replaced file, and the chain verifies', async () => {
    env = await cliEnv();
    expect((await env.run(['init', '--name-kana', 'ｶﾝﾘ'], PINS)).code).toBe(0);
    const file = join(env.dataDir, '..', 'backup-1.sqlite');
    const backup = await env.run(['backup', file]);
    expect(backup.code).toBe(0);
    expect(existsSync(file)).toBe(true);
    expect((await env.run(['backup', file])).code).toBe(1);

    // A change after the backup: a second administrator's failed logins.
    await withApp(env.dataDir, async (app) => {
      for (let i = 0; i < 5; i++) await app.router.call('t', 'staff.login', { staffId: 'A0001', pin: 'wrong' });
      expect((await app.services.accounts.findByLogin('staff', 'A0001'))?.locked).toBe(true);
    });

    env.clock.advance(60_000);
    const restore = await env.run(['restore', file]);
    expect(restore.code).toBe(0);
    expect(readdirSync(env.dataDir).filter((f) => f.endsWith('.bak'))).toHaveLength(1);
    await withApp(env.dataDir, async (app) => {
      expect((await app.services.accounts.findByLogin('staff', 'A0001'))?.locked).toBe(false);
    });
    const verify = await env.run(['verify-audit']);
    expect(verify.code).toBe(0);
    expect(verify.out).toMatch(/verifies: \d+ rows/);
  });

  it('finds an edited audit row', async () => {
    env = await cliEnv();
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
    env = await cliEnv();
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

  it('refuses backup and restore when the store is PostgreSQL, pointing at pg_dump', async () => {
    env = await cliEnv();
    writeFileSync(join(env.dataDir, 'config.json'), JSON.stringify({ store: { url: 'postgres://madoguchi@127.0.0.1:1/madoguchi' } }));
    for (const argv of [['backup', join(env.dataDir, '..', 'pg.sqlite')], ['restore', join(env.dataDir, '..', 'pg.sqlite')]]) {
      const run = await env.run(argv);
      expect(run.code, argv[0]).toBe(1);
      expect(run.err).toContain('back up PostgreSQL with pg_dump');
    }
    expect(existsSync(join(env.dataDir, '..', 'pg.sqlite'))).toBe(false);
  });
});
