// The catalogue import (issue 14): 100,000 generated lines of a library's CSV through the app's
// import — the dry run, the import (all new), and a re-import where every title changed (all
// updated) — beside the raw baseline: the same rows as the same multi-row INSERT texts, in one
// transaction, straight on the driver. On SQLite in a fresh data folder; on PostgreSQL in the
// run's database, whose rows of this section are removed before and after.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../../src-main/app';
import { DEMO_BRANCHES } from '../../../src-main/config/library';
import { checkCatalogueFile } from '../../../src-main/library/catalogue-import-file';
import { chunkSizes, insertSql } from '../../../src-main/library/catalogue-import-store';
import { createMemoryLogger } from '../../../src-main/log';
import type { BenchContext } from '../context';
import { atMost } from '../figures';
import { openRawSql } from '../raw-sql';
import type { Section } from '../section';
import { watchApp } from '../store-watch';

const SECTION = 'catalogue';
export const IMPORT_GOAL_SECONDS = 30;
const GOAL_LINES = 100_000;
const PREFIX = 'BNCH';
const CLEAN = `DELETE FROM catalogue_items WHERE barcode LIKE '${PREFIX}%'`;

const AUTHORS = ['夏目漱石', '芥川龍之介', '宮沢賢治', '太宰治', '森鴎外', '樋口一葉', '肥後石工研究会', 'Natsume Soseki'];
const WORDS = ['猫', '銀河', '鉄道', '熊本城', '水', '星空', '菜園', '石橋', '物語', '入門', '歴史', '散歩道'];
const NDC = ['913.6', '291.94', '219.4', '626.9', '440', '007.64', '818', '933.7'];

function isbn(n: number): string {
  const twelve = `9784${String(n % 100_000_000).padStart(8, '0')}`;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(twelve[i]) * (i % 2 === 0 ? 1 : 3);
  return `${twelve}${(10 - (sum % 10)) % 10}`;
}

/** A library's export: UTF-8 with BOM, CRLF, a quoted title now and then. */
export function catalogueCsv(lines: number, edition = ''): Buffer {
  const rows = ['資料ID,ISBN,書名,著者,出版者,出版年,NDC,所蔵館,状態'];
  for (let i = 0; i < lines; i++) {
    const title = `${WORDS[i % WORDS.length]}と${WORDS[(i * 7) % WORDS.length]}の本 第${i + 1}巻${edition}`;
    const branch = DEMO_BRANCHES[i % DEMO_BRANCHES.length]?.code ?? 'honkan';
    rows.push(`${PREFIX}${String(i).padStart(8, '0')},${isbn(i)},${i % 50 === 0 ? `"${title}, 上"` : title},${AUTHORS[i % AUTHORS.length]},肥後出版,${1990 + (i % 35)},${NDC[i % NDC.length]},${branch},${i % 40 === 0 ? '禁帯出' : '利用可'}`);
  }
  return Buffer.from(`\ufeff${rows.join('\r\n')}\r\n`, 'utf8');
}

export const catalogueSection: Section = {
  name: SECTION,
  needsData: false,
  async run(ctx: BenchContext) {
    const lines = Math.max(1_000, Math.round(GOAL_LINES * Math.min(1, ctx.args.scale)));
    const dataDir = mkdtempSync(join(tmpdir(), 'madoguchi-bench-catalogue-'));
    try {
      const app = await createApp({
        dataDir,
        env: {},
        startJobs: false,
        log: createMemoryLogger(),
        config: { demoData: false, mode: 'counter', terminal: { name: 'bench-catalogue' }, store: { url: ctx.store.url } },
      });
      const raw = await openRawSql(app, watchApp(app));
      try {
        const lib = app.services.library;
        const bytes = catalogueCsv(lines);
        const renamed = catalogueCsv(lines, '（新版）');
        await raw.run(CLEAN);
        const scale = (seconds: number) => (seconds * GOAL_LINES) / lines;
        const note = (seconds: number) => (lines >= GOAL_LINES ? `${(bytes.length / 1024 / 1024).toFixed(1)} MB file` : `${seconds.toFixed(2)} s for ${lines.toLocaleString('en-US')} lines, per 100,000 at this rate`);

        // The baseline: the rows the import writes, as the same statements, nothing else.
        const checked = checkCatalogueFile(bytes, { branchOf: (cell) => lib.branches.codeOf(cell), maxYear: 2100 });
        if (checked.refusedLines > 0) throw new Error(`the generated file has refused lines: ${JSON.stringify(checked.refusals.slice(0, 2))}`);
        const items = checked.accepted.map((a) => a.item);
        const now = Date.now();
        let started = performance.now();
        await raw.transaction(async (tx) => {
          let at = 0;
          for (const size of chunkSizes(items.length)) {
            const params: (string | number | null)[] = [];
            for (const x of items.slice(at, at + size)) params.push(x.barcode, x.isbn, x.title, x.author, x.publisher, x.year, x.ndc, x.branch, x.status, x.kind, now, now);
            await tx.run(insertSql(size), params);
            at += size;
          }
        });
        const baseline = (performance.now() - started) / 1000;
        await raw.run(CLEAN);
        if (ctx.store.kind === 'sqlite') await raw.get('PRAGMA wal_checkpoint(TRUNCATE)');

        started = performance.now();
        const dry = await lib.catalogueImport.check(bytes);
        const drySeconds = (performance.now() - started) / 1000;
        started = performance.now();
        const first = await lib.catalogueImport.run(bytes, { actor: 'bench', terminal: 'bench-catalogue' }, { fileName: 'bench.csv' });
        const importSeconds = (performance.now() - started) / 1000;
        started = performance.now();
        const second = await lib.catalogueImport.run(renamed, { actor: 'bench', terminal: 'bench-catalogue' }, { fileName: 'bench-renamed.csv' });
        const updateSeconds = (performance.now() - started) / 1000;
        if (dry.added !== lines || first.added !== lines || second.updated !== lines) {
          throw new Error(`unexpected counts: dry ${dry.added}, import ${first.added}, re-import ${second.updated} of ${lines}`);
        }
        const goal = (seconds: number) => [atMost(scale(seconds), IMPORT_GOAL_SECONDS, `≤ ${IMPORT_GOAL_SECONDS} s per 100,000`)];
        const durability = ctx.store.kind === 'sqlite' ? 'synchronous=FULL, WAL' : ctx.store.durability;
        ctx.figures.push(
          { kind: 'value', section: SECTION, name: 'import 100,000 lines: dry run (read, check, look up)', value: scale(drySeconds), unit: 's', goals: [], note: note(drySeconds) },
          { kind: 'value', section: SECTION, name: 'import 100,000 lines: all new', value: scale(importSeconds), unit: 's', goals: goal(importSeconds), note: note(importSeconds) },
          { kind: 'value', section: SECTION, name: 're-import 100,000 lines: every title changed', value: scale(updateSeconds), unit: 's', goals: goal(updateSeconds), note: note(updateSeconds) },
          {
            kind: 'value',
            section: SECTION,
            name: 'raw: the same rows as multi-row INSERTs of 512, one transaction',
            value: scale(baseline),
            unit: 's',
            goals: [],
            note: `${note(baseline)}; run first, into an empty table; ${durability}; import / raw ${(importSeconds / baseline).toFixed(2)}×`,
          },
        );
        ctx.log(`${SECTION}: ${lines} lines — dry run ${drySeconds.toFixed(2)} s, import ${importSeconds.toFixed(2)} s, re-import ${updateSeconds.toFixed(2)} s, raw ${baseline.toFixed(2)} s`);
        await raw.run(CLEAN);
      } finally {
        await raw.close();
        await app.close();
      }
    } catch (error) {
      ctx.figures.push({ kind: 'missing', section: SECTION, name: 'catalogue import', reason: (error as Error).message });
      ctx.log(`${SECTION}: failed: ${(error as Error).message}`);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
};
