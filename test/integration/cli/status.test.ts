// `madoguchi-admin status [--json]`: the health report at the command line; exit 0 when every item
// is ok, 1 when anything needs attention, 2 for a wrong command line.
import { existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../../src-main/app';
import { BACKUP_JOB } from '../../../src-main/jobs/backup-job';
import { createMemoryLogger } from '../../../src-main/log';
import { DATABASE_FILE } from '../../../src-main/store/open-store';
import type { HealthReport } from '../../../src-shared/contract/operations';
import { testStoreIsPostgres } from '../../fixtures/postgres-db';
import { type CliEnv, cliEnv, FAST_CONFIG, PINS } from './cli-env';

let env: CliEnv;
beforeEach(async () => {
  env = await cliEnv();
});
afterEach(() => env.close());

/** What a healthy site has: a verified backup (or pg_dump's marker), an audit check, an anchor. */
async function makeHealthy(): Promise<void> {
  const config = JSON.parse(readFileSync(join(env.dataDir, 'config.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(join(env.dataDir, 'config.json'), JSON.stringify({ ...config, backup: { postgresLastRunFile: 'pg_dump.last' } }));
  const app = await createApp({ dataDir: env.dataDir, env: {}, clock: env.clock, startJobs: false, log: createMemoryLogger(), config: { demoData: false, mode: 'counter', ...FAST_CONFIG } });
  try {
    if (app.store.kind === 'sqlite') await app.jobs.runNow(BACKUP_JOB);
  } finally {
    await app.close();
  }
  const marker = join(env.dataDir, 'pg_dump.last');
  writeFileSync(marker, '');
  utimesSync(marker, env.clock.now() / 1000, env.clock.now() / 1000);
  expect((await env.run(['verify-audit'])).code).toBe(0);
  expect((await env.run(['audit', 'anchor'])).code).toBe(0);
}

describe('madoguchi-admin status', () => {
  it('exits 1 with the reasons when something needs attention, and prints the report as JSON', async () => {
    expect((await env.run(['init', '--name-kana', 'ｶﾝﾘ'], PINS)).code).toBe(0);
    const run = await env.run(['status', '--json']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.out) as HealthReport;
    expect(Object.keys(report).sort()).toEqual(['audit', 'backup', 'checkedAt', 'disk', 'mail', 'overall', 'store', 'terminal', 'terminals', 'version'].sort());
    expect(report.overall).toBe('warn');
    expect(report.store).toMatchObject({ status: 'ok', reachable: true });
    expect(report.audit).toMatchObject({ status: 'warn', reason: 'audit_never_verified' });
    expect(report.backup.reason).toBe(testStoreIsPostgres() ? 'backup_postgres_unknown' : 'backup_none');
    for (const item of ['version', 'store', 'mail', 'backup', 'disk', 'audit', 'terminals'] as const) {
      expect(['ok', 'warn', 'fail']).toContain(report[item].status);
      expect(typeof report[item].reason).toBe('string');
    }

    const text = await env.run(['status']);
    expect(text.code).toBe(1);
    expect(text.out).toMatch(/\[OK  \] データベース \/ Store: (sqlite|postgres), reachable/);
    expect(text.out).toContain('[WARN] 監査ログ / Audit log');
    expect(text.out).toContain('監査ログの検証記録がありません');
    expect(text.out).toContain('Overall: WARN — needs attention');
  });

  it('exits 0 when every item is ok', async () => {
    expect((await env.run(['init', '--name-kana', 'ｶﾝﾘ'], PINS)).code).toBe(0);
    await makeHealthy();
    const run = await env.run(['status', '--json']);
    const report = JSON.parse(run.out) as HealthReport;
    expect(report.overall, JSON.stringify(report, null, 2)).toBe('ok');
    expect(run.code).toBe(0);
    expect(report.audit).toMatchObject({ status: 'ok', lastVerifyOk: true, lastVerifyAt: env.clock.now() });
    expect(report.audit.lastAnchorId).toBeGreaterThan(0);
    expect((await env.run(['status'])).out).toContain('総合: 正常 / Overall: OK');
  });

  it.skipIf(testStoreIsPostgres())('fails on a data folder without a database, and does not create one', async () => {
    const run = await env.run(['status', '--json']);
    expect(run.code).toBe(1);
    expect((JSON.parse(run.out) as HealthReport).store).toMatchObject({ status: 'fail', reason: 'store_unreachable' });
    expect(existsSync(join(env.dataDir, DATABASE_FILE))).toBe(false);
  });

  it('refuses a wrong command line with exit 2', async () => {
    expect((await env.run(['status', 'extra'])).code).toBe(2);
    expect((await env.run(['verify-audit', '--json'])).code).toBe(2);
    expect((await env.run(['--help'])).out).toContain('status [--json]');
  });
});
