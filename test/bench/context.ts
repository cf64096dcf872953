// What every section gets: the flags, the store, the data folder and its manifest, the app the
// operations run through with its raw baseline runner, and the list the figures go to.
import { join } from 'node:path';
import { type App, createApp } from '../../src-main/app';
import type { ConfigInput } from '../../src-main/config/schema';
import { createFileLogger, type Logger } from '../../src-main/log';
import type { StoreKind } from '../../src-main/store/store';
import type { BenchArgs } from './args';
import type { Figure } from './figures';
import { SESSION_KDF, type Manifest } from './generate/manifest';
import type { Counts } from './measure';
import type { RawSql } from './raw-sql';

export interface BenchStore {
  kind: StoreKind;
  /** The PostgreSQL URL; null on SQLite (the data folder's file). */
  url: string | null;
  /** How commits reach the disk, for notes beside write figures (e.g. "synchronous=FULL, WAL"). */
  durability: string;
}

export interface BenchContext {
  args: BenchArgs;
  counts: Counts;
  store: BenchStore;
  /** The generated data set; absent when no selected section needs it. */
  data: { dir: string; manifest: Manifest } | null;
  figures: Figure[];
  machineCores: number;
  /** The app on the data set, created on first use and shared by the sections. */
  app(): Promise<App>;
  /** The raw baselines on the app's store. */
  raw(): Promise<RawSql>;
  log(message: string): void;
}

export interface BenchAppOptions {
  /** PostgreSQL URL, or null for the data folder's SQLite file. */
  storeUrl: string | null;
  /** config terminal.name: the machine's name among the terminals sharing a store. */
  terminalName?: string;
  config?: ConfigInput;
  /** Default: logs/bench.log in the data folder. */
  log?: Logger;
}

/**
 * The operations' app: the real services with the configured defaults, except the KDF of the
 * session accounts (measured on its own, see sections/library.ts), the even-answer floor of OTP
 * issue (a fixed sleep that would only hide the work) and the per-terminal mail limit (a
 * thousand requests from one bench terminal is the point, not abuse).
 */
export function openBenchApp(dataDir: string, { storeUrl, terminalName = 'bench', config = {}, log }: BenchAppOptions): Promise<App> {
  return createApp({
    dataDir,
    env: {},
    startJobs: false,
    log: log ?? createFileLogger({ file: join(dataDir, 'logs', 'bench.log') }),
    config: {
      demoData: false,
      // A counter: the one app serves every section, the staff console's among them.
      mode: 'counter',
      security: { kdf: SESSION_KDF },
      citizen: { evenAnswerMs: 0, terminalRequestsPerHour: 10_000, mailsPerHour: 1_000 },
      ...config,
      terminal: { name: terminalName },
      store: { url: storeUrl },
    },
  });
}
