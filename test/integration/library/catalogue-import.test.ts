// The catalogue import through the router, as the counter screen sends it (base64 of the file's
// bytes), on SQLite and PostgreSQL: a file with refused lines writes nothing and names each line;
// a re-import updates items by 資料ID and keeps their ids; one audit row per import with its counts.
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../../src-shared/contract/catalogue';
import { INPUT_LIMITS } from '../../../src-main/ipc/input-budget';
import { errorOf, type StaffEnv, staffEnv } from '../staff/staff-env';

const HEADER = '資料ID,ISBN,書名,著者,出版者,出版年,NDC,所蔵館,状態';
const CLERK = { pin: 'zosho2468', confirmPin: 'zosho1357' };
let env: StaffEnv;

beforeEach(async () => {
  env = await staffEnv();
  const { staffId } = await env.clerk(['catalogue'], CLERK);
  await env.ok('desk', 'staff.login', { staffId, pin: CLERK.pin });
});
afterEach(async () => {
  await env.close();
});

const file = (lines: string[], encoding: 'utf8' | 'shift_jis' = 'utf8') => ({
  fileName: 'zosho.csv',
  data: (encoding === 'utf8' ? Buffer.from(`\ufeff${[HEADER, ...lines].join('\r\n')}\r\n`, 'utf8') : iconv.encode([HEADER, ...lines].join('\r\n'), 'shift_jis')).toString('base64'),
});
const good = (n: number, title = `蔵書 ${n}`) => `B${String(n).padStart(7, '0')},,${title},著者 ${n % 97},肥後出版,${2000 + (n % 25)},913.6,${n % 2 ? '本館' : 'tatsuta'},利用可`;
const imported = async () => (await env.app.store.get<{ n: number }>('SELECT count(*) AS n FROM catalogue_items WHERE barcode IS NOT NULL'))?.n ?? 0;
const audits = () => env.app.services.audit.list({ action: 'library.catalogue.import' });

describe('a file with refused lines', () => {
  it('with 1,000 bad lines among 4,000 good ones: the dry run names each, the import writes nothing', async () => {
    const lines: string[] = [];
    const bad = new Map<number, string>();
    for (let i = 1; i <= 5_000; i++) {
      if (i % 5 === 0) {
        // Line number in the file: the header is line 1.
        const reason = (['checksum', 'unknown_branch', 'format', 'duplicate'] as const)[(i / 5) % 4] as string;
        bad.set(i + 1, reason);
        if (reason === 'checksum') lines.push(`B${String(i).padStart(7, '0')},978-4-900000-00-9,本,,,2001,913,本館,`);
        else if (reason === 'unknown_branch') lines.push(`B${String(i).padStart(7, '0')},,本,,,2001,913,月面分館,`);
        else if (reason === 'format') lines.push(`B${String(i).padStart(7, '0')},,本,,,2001,ABC,本館,`);
        else lines.push(good(i - 1).replace(/,蔵書 \d+,/, ',二重,'));
      } else {
        lines.push(good(i));
      }
    }
    const input = file(lines);
    // The file is far above every other channel's cap: this channel alone takes a whole file.
    expect(JSON.stringify(input).length).toBeGreaterThan(INPUT_LIMITS.maxChars);

    const check = await env.ok('desk', 'counter.catalogue.import.check', input);
    expect(check).toMatchObject({ encoding: 'utf-8', delimiter: 'comma', lines: 5_000, added: 4_000, updated: 0, refusedLines: 1_000, written: false });
    expect(check.refusals).toHaveLength(1_000);
    expect(new Map(check.refusals.map((r) => [r.line, r.reason]))).toEqual(bad);
    const duplicate = check.refusals.find((r) => r.reason === 'duplicate');
    expect(duplicate?.otherLine).toBe((duplicate?.line ?? 0) - 1);

    const run = await env.ok('desk', 'counter.catalogue.import.run', input);
    expect(run).toMatchObject({ written: false, refusedLines: 1_000, added: 0 });
    expect(await imported()).toBe(0);
    const [row] = await audits();
    expect(row).toMatchObject({ outcome: 'denied', actor: expect.stringMatching(/^staff:/) });
    expect(JSON.parse(row?.detail ?? '{}')).toMatchObject({ file: 'zosho.csv', lines: 5_000, refused: 1_000 });
  });

  it('refuses a file missing a required column, naming it', async () => {
    const report = await env.ok('desk', 'counter.catalogue.import.run', {
      fileName: 'x.csv',
      data: Buffer.from('ISBN,書名\n9784900000001,本\n').toString('base64'),
    });
    expect(report.written).toBe(false);
    expect(report.refusals.map((r) => [r.line, r.field, r.reason])).toEqual([
      [1, 'barcode', 'missing_column'],
      [1, 'branch', 'missing_column'],
    ]);
  });
});

describe('a clean file', () => {
  it('is imported whole with one audit row, and a re-import updates by 資料ID keeping ids', async () => {
    const first: ImportReport = await env.ok('desk', 'counter.catalogue.import.run', file([good(1), good(2), good(3, '坊っちゃん')], 'shift_jis'));
    expect(first).toMatchObject({ encoding: 'shift_jis', lines: 3, added: 3, updated: 0, unchanged: 0, refusedLines: 0, written: true });
    const before = await env.app.store.all<{ id: number; barcode: string; title: string; branch: string; ndc: string; added_at: number }>(
      'SELECT id, barcode, title, branch, ndc, added_at FROM catalogue_items WHERE barcode IS NOT NULL ORDER BY id',
    );
    expect(before.map((r) => [r.barcode, r.title, r.branch, r.ndc])).toEqual([
      ['B0000001', '蔵書 1', 'honkan', '913.6'],
      ['B0000002', '蔵書 2', 'tatsuta', '913.6'],
      ['B0000003', '坊っちゃん', 'honkan', '913.6'],
    ]);

    env.clock.advance(60_000);
    // 2 unchanged, 3 retitled and moved to 禁帯出, 4 new.
    const second = await env.ok('desk', 'counter.catalogue.import.run', file([good(1), good(2), good(3, '坊っちゃん 新版').replace('利用可', '禁帯出'), good(4)]));
    expect(second).toMatchObject({ lines: 4, added: 1, updated: 1, unchanged: 2, written: true });
    const after = await env.app.store.all<{ id: number; barcode: string; title: string; status: string; added_at: number; updated_at: number }>(
      'SELECT id, barcode, title, status, added_at, updated_at FROM catalogue_items WHERE barcode IS NOT NULL ORDER BY id',
    );
    expect(after.map((r) => [r.id, r.barcode, r.title, r.status])).toEqual([
      [before[0]?.id, 'B0000001', '蔵書 1', 'available'],
      [before[1]?.id, 'B0000002', '蔵書 2', 'available'],
      [before[2]?.id, 'B0000003', '坊っちゃん 新版', 'reference'],
      [expect.any(Number), 'B0000004', '蔵書 4', 'available'],
    ]);
    // An update keeps when the item joined (SDI), and records when it changed.
    expect(after[2]?.added_at).toBe(before[2]?.added_at);
    expect(after[2]?.updated_at).toBe(env.clock.now());
    // The search index follows the new title (FTS5 trigger on SQLite, trigram index on PostgreSQL).
    expect((await env.app.services.library.catalogue.search('坊っちゃん 新版')).map((i) => i.title)).toEqual(['坊っちゃん 新版']);

    const rows = await audits();
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.outcome === 'ok')).toBe(true);
    expect(rows.map((r) => JSON.parse(r.detail ?? '{}'))).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'zosho.csv', encoding: 'shift_jis', lines: 3, added: 3, updated: 0, unchanged: 0 }),
        expect.objectContaining({ file: 'zosho.csv', encoding: 'utf-8', lines: 4, added: 1, updated: 1, unchanged: 2 }),
      ]),
    );

    // The dry run of the same file now finds nothing to do, and writes nothing.
    const again = await env.ok('desk', 'counter.catalogue.import.check', file([good(1), good(2), good(3, '坊っちゃん 新版').replace('利用可', '禁帯出'), good(4)]));
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 4, written: false });
    expect(await audits()).toHaveLength(2);
  });

  it('writes 1,300 lines in chunks, new items taking ids in the file order', async () => {
    const lines = Array.from({ length: 1_300 }, (_, i) => good(i + 1));
    expect(await env.ok('desk', 'counter.catalogue.import.run', file(lines))).toMatchObject({ added: 1_300, written: true });
    const rows = await env.app.store.all<{ id: number; barcode: string }>('SELECT id, barcode FROM catalogue_items WHERE barcode IS NOT NULL ORDER BY id');
    expect(rows.map((r) => r.barcode)).toEqual(lines.map((l) => l.slice(0, 8)));
  });
});

describe('who may import', () => {
  it('is refused to a clerk without the catalogue permission', async () => {
    const { staffId } = await env.clerk(['patron_lookup'], { pin: 'etsuran246', confirmPin: 'etsuran135' });
    await env.ok('other', 'staff.login', { staffId, pin: 'etsuran246' });
    expect(errorOf(await env.call('other', 'counter.catalogue.import.check', file([good(1)]))).code).toBe('unauthorized');
    expect(errorOf(await env.call('other', 'counter.catalogue.branches.list', {})).code).toBe('unauthorized');
    expect(await imported()).toBe(0);
  });
});
