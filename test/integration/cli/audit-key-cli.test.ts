// madoguchi-admin and the keyed audit chain: init makes the site's key, `audit anchor` writes the
// head down, verify-audit checks with the key and the anchors, and restore refuses a backup whose
// chain does not verify. Tampering is done on the SQLite file, as someone with the disk would.
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, readdirSync, readFileSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readAnchors } from '../../../src-main/audit/anchors';
import { runCli } from '../../../src-main/cli';
import { testStoreIsPostgres } from '../../fixtures/postgres-db';
import { hmacWith, rewriteAndRechain, rowCount, sha256, truncateTo } from '../audit/tamper';
import { type CliEnv, cliEnv, PINS, scriptedIO, withApp } from './cli-env';

let env: CliEnv | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

/** A few more audit rows, from failed staff logins. */
async function moreRows(dataDir: string, n = 3): Promise<void> {
  await withApp(dataDir, async (app) => {
    for (let i = 0; i < n; i++) await app.router.call('t', 'staff.login', { staffId: 'A0001', pin: 'wrong' });
  });
}

describe('audit key and anchors on any store', () => {
  it('init makes the 0600 key and names it; audit anchor appends the head to the anchors file or --out and prints it', async () => {
    env = await cliEnv();
    const init = await env.run(['init', '--name-kana', 'ｶﾝﾘ'], PINS);
    expect(init.code).toBe(0);
    const keyFile = join(env.dataDir, 'audit.key');
    expect(init.out).toContain(keyFile);
    expect(readFileSync(keyFile, 'utf8')).toMatch(/^[0-9a-f]{64}\n$/);
    if (process.platform !== 'win32') expect(statSync(keyFile).mode & 0o777).toBe(0o600);

    const first = await env.run(['audit', 'anchor']);
    expect(first.code).toBe(0);
    const printed = JSON.parse(first.out.split('\n')[0] as string) as { at: number; lastId: number; lastHash: string };
    expect(printed).toEqual({ at: env.clock.now(), lastId: expect.any(Number), lastHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(printed.lastId).toBeGreaterThan(0);
    expect(readAnchors(join(env.dataDir, 'audit-anchors.jsonl')).anchors).toEqual([printed]);

    const elsewhere = join(env.dataDir, '..', 'usb-anchors.jsonl');
    await moreRows(env.dataDir);
    expect((await env.run(['audit', 'anchor', '--out', elsewhere])).code).toBe(0);
    expect((await env.run(['audit', 'anchor', '--out', elsewhere])).code).toBe(0);
    expect(readAnchors(elsewhere).anchors).toHaveLength(2);
    expect(readAnchors(elsewhere).anchors[0]?.lastId).toBe(printed.lastId + 3);

    const verify = await env.run(['verify-audit', '--anchors', elsewhere]);
    expect(verify.code).toBe(0);
    expect(verify.out).toMatch(/verifies: \d+ rows, 2 anchors/);
    expect((await env.run(['verify-audit'])).out).toMatch(/1 anchors/);
  });

  it('says so, and exits 1, when this machine has no key; a copy named by MADOGUCHI_AUDIT_KEY_FILE is used', async () => {
    env = await cliEnv();
    await env.run(['init', '--name-kana', 'ｶﾝﾘ'], PINS);
    const away = join(env.dataDir, '..', 'safe-copy.key');
    renameSync(join(env.dataDir, 'audit.key'), away);
    const missing = await env.run(['verify-audit']);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('cannot be checked');
    expect(missing.err).toContain('no audit key');
    expect(missing.err).toContain(join(env.dataDir, 'audit.key'));

    const io = scriptedIO([]);
    const code = await runCli(['--data-dir', env.dataDir, 'verify-audit'], io, { MADOGUCHI_AUDIT_KEY_FILE: away }, env.clock);
    expect(code).toBe(0);
    expect(io.outLines.join('\n')).toContain('verifies');
  });

  it('refuses wrong command lines for audit with exit 2', async () => {
    env = await cliEnv();
    for (const argv of [['audit'], ['audit', 'rotate'], ['audit', 'anchor', '--anchors', 'x'], ['verify-audit', '--out', 'x'], ['backup', 'f', '--out', 'x']]) {
      const run = await env.run(argv);
      expect(run.code, argv.join(' ')).toBe(2);
      expect(run.err).not.toMatch(/\n\s+at /);
    }
  });
});

describe.runIf(!testStoreIsPostgres())('audit key and anchors on the SQLite file', () => {
  const dbFile = () => join((env as CliEnv).dataDir, 'madoguchi.sqlite');

  it('a row rewritten with every hash and the head recomputed does not verify without the key', async () => {
    env = await cliEnv();
    await env.run(['init', '--name-kana', 'ｶﾝﾘ'], PINS);
    await moreRows(env.dataDir);
    for (const digest of [sha256, hmacWith(randomBytes(32))]) {
      rewriteAndRechain(dbFile(), 2, digest);
      const verify = await env.run(['verify-audit']);
      expect(verify.code).toBe(1);
      expect(verify.err).toContain('broken at row 1');
      expect(verify.err).toContain('edited');
    }
  });

  it('rows deleted from the end after an anchor, with the head moved back, do not verify', async () => {
    env = await cliEnv();
    await env.run(['init', '--name-kana', 'ｶﾝﾘ'], PINS);
    await moreRows(env.dataDir);
    expect((await env.run(['audit', 'anchor'])).code).toBe(0);
    const rows = rowCount(dbFile());
    truncateTo(dbFile(), rows - 2);
    const verify = await env.run(['verify-audit']);
    expect(verify.code).toBe(1);
    expect(verify.err).toContain(`broken at row ${rows - 1}`);
    expect(verify.err).toContain('cut from the end');
  });

  it('the app writes an anchor at start and daily, and its own verify reads them', async () => {
    env = await cliEnv();
    await env.run(['init', '--name-kana', 'ｶﾝﾘ'], PINS);
    await withApp(env.dataDir, async (app) => {
      await app.jobs.runNow('audit.anchor');
      expect(readAnchors(join(app.dataDir, 'audit-anchors.jsonl')).anchors).toHaveLength(1);
      expect((await app.services.audit.verify()).ok).toBe(true);
    });
    truncateTo(dbFile(), rowCount(dbFile()) - 1);
    await withApp(env.dataDir, async (app) => {
      expect(await app.services.audit.verify()).toMatchObject({ ok: false, reason: 'truncated' });
    });
  });

  it('restore refuses a backup whose chain was rewritten, and changes nothing', async () => {
    env = await cliEnv();
    await env.run(['init', '--name-kana', 'ｶﾝﾘ'], PINS);
    const backup = join(env.dataDir, '..', 'tampered.sqlite');
    expect((await env.run(['backup', backup])).code).toBe(0);
    rewriteAndRechain(backup, 1, sha256);
    const before = readFileSync(dbFile());
    const run = await env.run(['restore', backup]);
    expect(run.code).toBe(1);
    expect(run.err).toContain('audit chain does not verify');
    expect(run.err).toContain('edited');
    expect(readFileSync(dbFile()).equals(before)).toBe(true);
    expect(readdirSync(env.dataDir).filter((f) => f.endsWith('.bak') || f.includes('.restoring'))).toEqual([]);
  });

  it('restore refuses a backup that disagrees with an anchor it reaches, even rewritten with the key', async () => {
    env = await cliEnv();
    await env.run(['init', '--name-kana', 'ｶﾝﾘ'], PINS);
    expect((await env.run(['audit', 'anchor'])).code).toBe(0);
    const backup = join(env.dataDir, '..', 'rekeyed.sqlite');
    expect((await env.run(['backup', backup])).code).toBe(0);
    rewriteAndRechain(backup, 1, hmacWith(Buffer.from(readFileSync(join(env.dataDir, 'audit.key'), 'utf8').trim(), 'hex')));
    const run = await env.run(['restore', backup]);
    expect(run.code).toBe(1);
    expect(run.err).toContain('audit chain does not verify');
  });

  it('restore refuses when there is no key to check the backup with', async () => {
    env = await cliEnv();
    await env.run(['init', '--name-kana', 'ｶﾝﾘ'], PINS);
    const backup = join(env.dataDir, '..', 'fine.sqlite');
    expect((await env.run(['backup', backup])).code).toBe(0);
    renameSync(join(env.dataDir, 'audit.key'), join(env.dataDir, '..', 'away.key'));
    const run = await env.run(['restore', backup]);
    expect(run.code).toBe(1);
    expect(run.err).toContain('no audit key');
  });

  it('restores an older backup, setting aside the anchors past its end, and the chain then verifies', async () => {
    env = await cliEnv();
    await env.run(['init', '--name-kana', 'ｶﾝﾘ'], PINS);
    expect((await env.run(['audit', 'anchor'])).code).toBe(0);
    const backup = join(env.dataDir, '..', 'older.sqlite');
    expect((await env.run(['backup', backup])).code).toBe(0);
    await moreRows(env.dataDir);
    expect((await env.run(['audit', 'anchor'])).code).toBe(0);

    const run = await env.run(['restore', backup]);
    expect(run.code).toBe(0);
    expect(run.out).toContain('1 anchors past the backup');
    const aside = readdirSync(env.dataDir).filter((f) => f.startsWith('audit-anchors.before-restore-'));
    expect(aside).toHaveLength(1);
    expect(readAnchors(join(env.dataDir, 'audit-anchors.jsonl')).anchors).toHaveLength(1);
    expect(existsSync(`${dbFile()}.restoring`)).toBe(false);
    const verify = await env.run(['verify-audit']);
    expect(verify.code).toBe(0);
    expect(verify.out).toMatch(/1 anchors/);
    // The file that was restored is untouched: the staged copy was what got checked.
    copyFileSync(backup, join(env.dataDir, '..', 'again.sqlite'));
    expect((await env.run(['restore', join(env.dataDir, '..', 'again.sqlite')])).code).toBe(0);
  });
});
