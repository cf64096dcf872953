// madoguchi-admin catalogue import <file> [--dry-run], on a temp data folder (SQLite, or PostgreSQL
// under MADOGUCHI_TEST_STORE=postgres): counts printed, refused lines listed with exit 1 and
// nothing written, the sample file of the demo imported, one audit row per import.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, expect, it } from 'vitest';
import { type CliEnv, cliEnv, withApp } from './cli-env';

let env: CliEnv | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

const items = (dataDir: string) =>
  withApp(dataDir, async (app) => ({
    titles: (await app.store.all<{ title: string }>('SELECT title FROM catalogue_items WHERE barcode IS NOT NULL ORDER BY id')).map((r) => r.title),
    audits: await app.services.audit.list({ action: 'library.catalogue.import' }),
  }));

it('dry-runs, then imports the demo sample file, and counts a second run as unchanged', async () => {
  env = await cliEnv();
  const sample = join(process.cwd(), 'resources', 'demo', 'catalogue.csv');
  const dry = await env.run(['catalogue', 'import', sample, '--dry-run']);
  expect(dry.code).toBe(0);
  expect(dry.out).toMatch(/新規 \/ new:\s+29/);
  expect(dry.out).toContain('--dry-run を外すと取り込みます');
  expect((await items(env.dataDir)).titles).toEqual([]);

  const run = await env.run(['catalogue', 'import', sample]);
  expect(run.code).toBe(0);
  expect(run.out).toMatch(/新規 \/ new:\s+29/);
  expect(run.out).toContain('取り込みました。 / Imported.');
  const again = await env.run(['catalogue', 'import', sample]);
  expect(again.out).toMatch(/変更なし \/ unchanged: 29/);

  const { titles, audits } = await items(env.dataDir);
  expect(titles).toHaveLength(29);
  expect(titles[0]).toBe('吾輩は猫である');
  expect(audits).toHaveLength(2);
  expect(audits[0]?.actor).toMatch(/^cli:/);
});

it('lists each refused line of a Shift_JIS TSV with exit 1 and writes nothing', async () => {
  env = await cliEnv();
  const file = join(env.dataDir, 'zosho.tsv');
  const tsv = ['資料ID\t書名\t所蔵館\tISBN\t出版年', 'A1\t良い本\t本館\t\t2020', 'A2\t悪い本\t本館\t978-4-900000-00-9\t2020', 'A1\t重複\t龍田\t\t2020', 'A3\t未来\t本館\t\t3020'].join('\r\n');
  writeFileSync(file, iconv.encode(tsv, 'shift_jis'));
  const run = await env.run(['catalogue', 'import', file]);
  expect(run.code).toBe(1);
  expect(run.out).toContain('(shift_jis, TSV)');
  expect(run.out).toMatch(/取り込めない行 \/ refused lines: 3/);
  expect(run.err.split('\n').filter((l) => l.includes('行目'))).toEqual([
    '  3行目 / line 3: ISBN — チェックディジットが合いません / check digit does not match 「978-4-900000-00-9」',
    '  4行目 / line 4: 資料ID — ファイル内で重複しています / duplicate in the file (2行目 / line 2) 「A1」',
    '  5行目 / line 5: 出版年 — ありえない年です / year out of range 「3020」',
  ]);
  const { titles, audits } = await items(env.dataDir);
  expect(titles).toEqual([]);
  expect(audits.map((a) => a.outcome)).toEqual(['denied']);
});

it('refuses a wrong command line with exit 2', async () => {
  env = await cliEnv();
  expect((await env.run(['catalogue', 'import'])).code).toBe(2);
  expect((await env.run(['catalogue', 'export', 'x.csv'])).err).toContain('unknown catalogue subcommand');
  expect((await env.run(['status', '--dry-run'])).err).toContain('--dry-run does not apply to status');
  expect((await env.run(['catalogue', 'import', join(env.dataDir, 'none.csv')])).code).toBe(1);
});
