// `npm run bench`: builds (or reuses) the municipal data set, measures every operation through the
// IPC router beside its raw-SQLite baseline, and prints a markdown table; the same figures go to
// bench-results/<timestamp>.json. Figures are read against issue 8's goals and never asserted.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import type { App } from '../../src-main/app';
import { ArgsError, parseArgs } from './args';
import { type BenchContext, openBenchApp } from './context';
import type { Figure } from './figures';
import { databaseBytes, generateDataset } from './generate/dataset';
import { type Manifest, readManifest } from './generate/manifest';
import { describeMachine } from './machine';
import type { Section } from './section';
import { citizenSection } from './sections/citizen';
import { jobsSection } from './sections/jobs';
import { kdfSection } from './sections/kdf';
import { librarySection } from './sections/library';
import { mailSection } from './sections/mail';
import { processSection } from './sections/process';
import { rendererSection } from './sections/renderer';
import { staffSection } from './sections/staff';
import { formatBytes, formatReport } from './table';

// Order matters: start-up is measured before the bench opens the data set itself, and the
// reminder job (which writes 100,000 mails) runs after the read operations.
export const SECTIONS: readonly Section[] = [processSection, librarySection, citizenSection, staffSection, kdfSection, jobsSection, mailSection, rendererSection];

function sqliteVersion(): string {
  const db = new Database(':memory:');
  try {
    return (db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
  } finally {
    db.close();
  }
}

export async function main(argv: string[]): Promise<void> {
  let args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (error instanceof ArgsError) {
      console.error(`${error.message}\nusage: npm run bench -- [--scale 0.01] [--only section,…] [--data folder] [--keep] [--calls n] [--login-calls n]`);
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
      figures.push(
        { kind: 'value', section: 'data', name: 'generation time', value: result.seconds, unit: 's', goals: [], note: result.steps.map((s) => `${s.step} ${s.seconds.toFixed(1)} s`).join(', ') },
        { kind: 'value', section: 'data', name: 'database size on disk', value: bytes, unit: 'bytes', goals: [] },
      );
    }
  }

  let app: App | null = null;
  const ctx: BenchContext = {
    args,
    counts: { calls: args.calls, warmup },
    data,
    figures,
    machineCores: machine.cores,
    app() {
      if (!data) throw new Error('this section needs the data set');
      app ??= openBenchApp(data.dir);
      return app;
    },
    log,
  };

  try {
    for (const section of selected) {
      log(`section ${section.name}`);
      await section.run(ctx);
    }
  } finally {
    await (app as App | null)?.close();
  }

  const peakRss = process.resourceUsage().maxRSS * 1024;
  figures.push({ kind: 'value', section: 'process', name: 'peak RSS of the bench process', value: peakRss, unit: 'bytes', goals: [] });

  const sizes = data?.manifest.sizes;
  const header = [
    `# Madoguchi bench — ${new Date().toISOString()}`,
    '',
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
  writeFileSync(file, `${JSON.stringify({ machine, args, scale: data?.manifest.scale ?? args.scale, sizes, generation: generated, figures }, null, 2)}\n`);
  log(`results written to ${file}`);

  if (ownDir && !args.keep) rmSync(ownDir, { recursive: true, force: true });
  else if (ownDir) log(`data kept in ${ownDir} (reuse with --data ${ownDir})`);
}
