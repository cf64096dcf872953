// What every section gets: the flags, the data folder and its manifest, the app the operations
// run through, and the list the figures go to.
import { join } from 'node:path';
import { type App, createApp } from '../../src-main/app';
import { createFileLogger } from '../../src-main/log';
import type { BenchArgs } from './args';
import type { Figure } from './figures';
import { SESSION_KDF, type Manifest } from './generate/manifest';
import type { Counts } from './measure';

export interface BenchContext {
  args: BenchArgs;
  counts: Counts;
  /** The generated data set; absent when no selected section needs it. */
  data: { dir: string; manifest: Manifest } | null;
  figures: Figure[];
  machineCores: number;
  /** The app on the data set, created on first use and shared by the sections. */
  app(): App;
  log(message: string): void;
}

/**
 * The operations' app: the real services with the configured defaults, except the KDF of the
 * session accounts (measured on its own, see sections/login.ts), the even-answer floor of OTP
 * issue (a fixed sleep that would only hide the work) and the per-terminal mail limit (a
 * thousand requests from one bench terminal is the point, not abuse).
 */
export function openBenchApp(dataDir: string): App {
  return createApp({
    dataDir,
    env: {},
    startJobs: false,
    log: createFileLogger({ file: join(dataDir, 'logs', 'bench.log') }),
    config: {
      demoData: false,
      security: { kdf: SESSION_KDF },
      citizen: { evenAnswerMs: 0, terminalRequestsPerHour: 10_000, mailsPerHour: 1_000 },
    },
  });
}
