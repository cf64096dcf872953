// `npm run bench`: builds (or reuses) the municipal data set, measures every operation through the
// IPC router beside its raw baseline, and prints a markdown table; the same figures go to
// bench-results/<timestamp>.json. Figures are read against issue 8's goals and never asserted.
// With --store postgres://… the data set, generated on SQLite as always, is copied into that
// (empty) PostgreSQL database and every section runs there instead.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import type { App } from '../../src-main/app';
import { describePostgresUrl, openPostgres } from '../../src-main/store/postgres-store';
import { copyStore, countRows, TargetNotEmptyError } from '../../src-main/store/store-copy';
import { openSqlite } from '../../src-main/store/sqlite-store';
import { DATABASE_FILE } from '../../src-main/store/open-store';
import { ArgsError, parseArgs } from './args';
import { type BenchContext, type BenchStore, openBenchApp } from './context';
import type { Figure } from './figures';
import { databaseBytes, generateDataset } from './generate/dataset';
import { type Manifest, readManifest } from './generate/manifest';
import { describeMachine } from './machine';
import { openRawSql, type RawSql } from './raw-sql';
import type { Section } from './section';
import { attendeesSection } from './sections/attendees';
import { catalogueSection } from './sections/catalogue';
import { citizenSection } from './sections/citizen';
import { jobsSection } from './sections/jobs';
import { kdfSection } from './sections/kdf';
import { lendingSection } from './sections/lending';
import { librarySection } from './sections/library';
import { mailSection } from './sections/mail';
import { processSection } from './sections/process';
import { rendererSection } from './sections/renderer';
import { sip2Section } from './sections/sip2';
import { staffSection } from './sections/staff';
import { terminalsSection } from './sections/terminals';
import { addressSection } from './sections/address';
import { statisticsSection } from './sections/statistics';
import { watchApp } from './store-watch';
import { formatBytes, formatReport } from './table';

// Order matters: start-up is measured before the bench opens the data set itself, the reminder
// job (which writes 100,000 mails) runs after the read operations, and the terminals scenario
// (four more apps writing at once) after every single-terminal figure.
export const SECTIONS: readonly Section[] = [processSection, librarySection, citizenSection, staffSection, lendingSection, kdfSection, jobsSection, mailSection, terminalsSection, rendererSection, sip2Section, addressSection, catalogueSection, statisticsSection, attendeesSection];

const USAGE =
  'usage: npm run bench -- [--scale 0.01] [--only section,…] [--data folder] [--keep] [--calls n] [--login-calls n] [--store postgres://user:pass@host:port/db [--copied]] [--terminal-ops n]';

function sqliteVersion(): string {
  const db = new Database(':memory:');
  try {
    return (db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
  } finally {
    db.close();
  }
}

interface Copied {
  seconds: number;
  rows: number;
  bytes: number;
  server: string;
  durability: string;
}

/** Copies the generated SQLite data set into the empty PostgreSQL database and analyzes it. */
async function copyToPostgres(dataDir: string, url: string, log: (m: string) => void): Promise<Copied> {
  const from = openSqlite(join(dataDir, DATABASE_FILE), { readonly: true });
  const to = await openPostgres({ url });
  try {
    // Migration 006 gives every new store the audit chain's genesis head (id 0), and copyStore
    // counts that row as data (and would then meet it again copying the source's head). On a
    // target that holds nothing else it goes, so the source's head arrives in its place.
    const held = (await countRows(to)).filter((c) => c.rows > 0);
    if (held.length === 1 && held[0]?.table === 'audit_head') {
      await to.run('DELETE FROM audit_head WHERE singleton = 1 AND last_id = 0');
    }
    const started = performance.now();
    let lastLog = started;
    const report = await copyStore(from, to, (table, copied) => {
      if (performance.now() - lastLog > 10_000) {
        lastLog = performance.now();
        log(`  copying ${table}: ${copied.toLocaleString('en-US')} rows`);
      }
    });
    const copySeconds = (performance.now() - started) / 1000;
    // Fresh tables have no statistics: without them the planner guesses, and the first figures
    // would measure autovacuum's timing instead of the app.
    await to.run('ANALYZE');
    const info = await to.get<{ version: string; fsync: string; commit: string; bytes: number }>(
      `SELECT current_setting('server_version') AS version, current_setting('fsync') AS fsync,
         current_setting('synchronous_commit') AS commit, pg_database_size(current_database()) AS bytes`,
    );
    return {
      seconds: copySeconds,
      rows: report.target.reduce((n, t) => n + t.rows, 0),
      bytes: info?.bytes ?? 0,
      server: `PostgreSQL ${info?.version ?? '?'} at ${describePostgresUrl(url)}`,
      durability: `fsync=${info?.fsync ?? '?'}, synchronous_commit=${info?.commit ?? '?'}`,
    };
  } finally {
    await to.close();
    await from.close();
  }
}

/** Server and settings of a PostgreSQL store the run did not copy into (sections without the data set). */
async function describePostgres(url: string): Promise<Pick<Copied, 'server' | 'durability'>> {
  const store = await openPostgres({ url });
  try {
    const info = await store.get<{ version: string; fsync: string; commit: string }>(
      "SELECT current_setting('server_version') AS version, current_setting('fsync') AS fsync, current_setting('synchronous_commit') AS commit",
    );
    return { server: `PostgreSQL ${info?.version ?? '?'} at ${describePostgresUrl(url)}`, durability: `fsync=${info?.fsync ?? '?'}, synchronous_commit=${info?.commit ?? '?'}` };
  } finally {
    await store.close();
  }
}

export async function main(argv: string[]): Promise<void> {
  let args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (error instanceof ArgsError) {
      console.error(`${error.message}\n${USAGE}`);
      process.exitCode = 2;
      return;
    }
    throw error;
  }
  const unknown = args.only.filter((name) => !SECTIONS.some((s) => s.name === name));
  if (unknown.length) {
    console.error(`unknown section ${unknown.join(', ')}; sections: ${SECTIONS.map((s) => s.name).join(', ')}`);
    process.exitCode = 2;
    return;
  }
  const selected = SECTIONS.filter((s) => args.only.length === 0 || args.only.includes(s.name));
  const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);
  const warmup = Math.min(200, Math.max(20, Math.round(args.calls / 5)));
  const machine = describeMachine(sqliteVersion());
  const figures: Figure[] = [];
  let generated: { seconds: number; bytes: number; steps: { step: string; seconds: number }[] } | null = null;
  const store: BenchStore = args.store
    ? { kind: 'postgres', url: args.store, durability: '' }
    : { kind: 'sqlite', url: null, durability: 'synchronous=FULL, WAL' };
  let server = `SQLite ${machine.sqlite} (${store.durability})`;

  let data: { dir: string; manifest: Manifest } | null = null;
  let ownDir: string | null = null;
  if (selected.some((s) => s.needsData)) {
    if (args.data) {
      data = { dir: resolve(args.data), manifest: readManifest(resolve(args.data)) };
      log(`reusing ${data.dir} (scale ${data.manifest.scale})`);
    } else {
      ownDir = mkdtempSync(join(tmpdir(), 'madoguchi-bench-'));
      log(`generating scale ${args.scale} in ${ownDir}`);
      const result = await generateDataset(ownDir, {
        scale: args.scale,
        calls: args.calls,
        warmup,
        progress: (step, seconds) => log(`  ${step}: ${seconds.toFixed(1)} s`),
      });
      data = { dir: ownDir, manifest: result.manifest };
      const bytes = databaseBytes(ownDir);
      generated = { seconds: result.seconds, bytes, steps: result.steps };
      figures.push({
        kind: 'value',
        section: 'data',
        name: 'generation time (SQLite)',
        value: result.seconds,
        unit: 's',
        goals: [],
        note: result.steps.map((s) => `${s.step} ${s.seconds.toFixed(1)} s`).join(', '),
      });
      figures.push(
        store.kind === 'sqlite'
          ? { kind: 'value', section: 'data', name: 'database size on disk', value: bytes, unit: 'bytes', goals: [] }
          : { kind: 'missing', section: 'data', name: 'SQLite database size on disk', reason: `n/a on PostgreSQL (the SQLite file it was copied from: ${formatBytes(bytes)})` },
      );
    }
  }

  if (args.store) {
    try {
      if (data && !args.copied) {
        log(`copying the data set into ${describePostgresUrl(args.store)}`);
        const copied = await copyToPostgres(data.dir, args.store, log);
        server = copied.server;
        store.durability = copied.durability;
        figures.push(
          {
            kind: 'value',
            section: 'data',
            name: 'copy SQLite → PostgreSQL (copyStore)',
            value: copied.seconds,
            unit: 's',
            goals: [],
            note: `${copied.rows.toLocaleString('en-US')} rows, pages of 1000, one transaction per page; then ANALYZE`,
          },
          { kind: 'value', section: 'data', name: 'database size (pg_database_size)', value: copied.bytes, unit: 'bytes', goals: [] },
        );
        log(`  copied ${copied.rows} rows in ${copied.seconds.toFixed(1)} s`);
      } else {
        const described = await describePostgres(args.store);
        server = described.server;
        store.durability = described.durability;
      }
    } catch (error) {
      if (error instanceof TargetNotEmptyError) {
        console.error(`--store needs an empty database (the bench copies its data set into it): ${error.message}\n` + 'Drop and create it, e.g. DROP DATABASE bench; CREATE DATABASE bench;');
        process.exitCode = 2;
        if (ownDir) rmSync(ownDir, { recursive: true, force: true });
        return;
      }
      throw error;
    }
  }

  let app: App | null = null;
  let raw: Promise<RawSql> | null = null;
  let opening: Promise<{ app: App; raw: () => Promise<RawSql> }> | null = null;
  const open = () => {
    opening ??= (async () => {
      if (!data) throw new Error('this section needs the data set');
      const opened = await openBenchApp(data.dir, { storeUrl: store.url });
      app = opened;
      // Watched from its first statement on: the adapters prepare each text once.
      const watch = watchApp(opened);
      return { app: opened, raw: () => (raw ??= openRawSql(opened, watch)) };
    })();
    return opening;
  };
  const ctx: BenchContext = {
    args,
    counts: { calls: args.calls, warmup },
    store,
    data,
    figures,
    machineCores: machine.cores,
    app: async () => (await open()).app,
    raw: async () => (await open()).raw(),
    log,
  };

  try {
    for (const section of selected) {
      log(`section ${section.name}`);
      await section.run(ctx);
    }
  } finally {
    await (await (raw as Promise<RawSql> | null))?.close();
    await (app as App | null)?.close();
  }

  const peakRss = process.resourceUsage().maxRSS * 1024;
  figures.push({ kind: 'value', section: 'process', name: 'peak RSS of the bench process', value: peakRss, unit: 'bytes', goals: [] });

  const sizes = data?.manifest.sizes;
  const header = [
    `# Madoguchi bench — ${new Date().toISOString()}`,
    '',
    `- store: **${store.kind}** — ${server}`,
    `- machine: ${machine.cpu}, ${machine.cores} cores, ${formatBytes(machine.memoryBytes)} memory, ${machine.os}`,
    `- Node ${machine.node}, SQLite ${machine.sqlite}`,
    `- scale ${data?.manifest.scale ?? args.scale}${sizes ? `: ${sizes.patrons.toLocaleString('en-US')} patrons, ${sizes.loanHistory.toLocaleString('en-US')} history rows, ${sizes.currentLoans.toLocaleString('en-US')} loans, ${sizes.citizens.toLocaleString('en-US')} citizens, ${sizes.reservations.toLocaleString('en-US')} reservations, ${sizes.staff.toLocaleString('en-US')} staff` : ''}`,
    `- ${args.calls} timed calls per operation after ${warmup} warm-up calls; times in ms`,
    '',
  ].join('\n');
  process.stdout.write(`${header}\n${formatReport(figures)}\n`);

  const outDir = resolve('bench-results');
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, `${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  // The store is recorded by kind and server, never by URL (it may hold a password).
  const json = { machine, store: { kind: store.kind, server, durability: store.durability }, args: { ...args, store: args.store ? describePostgresUrl(args.store) : null }, scale: data?.manifest.scale ?? args.scale, sizes, generation: generated, figures };
  writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
  log(`results written to ${file}`);

  if (ownDir && !args.keep) rmSync(ownDir, { recursive: true, force: true });
  else if (ownDir) log(`data kept in ${ownDir} (reuse with --data ${ownDir})`);
}
