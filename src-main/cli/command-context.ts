// What every command gets: the data folder, the terminal, and who is acting (for the audit log).
import { hostname, userInfo } from 'node:os';
import { join } from 'node:path';
import type { Actor } from '../auth/accounts';
import { type App, createApp } from '../app';
import type { Clock } from '../clock';
import { createFileLogger } from '../log';
import type { CliIO } from './cli-io';

export interface CommandContext {
  dataDir: string;
  io: CliIO;
  env: NodeJS.ProcessEnv;
  clock?: Clock;
}

/** The operating-system user at the machine; the audit log says who ran the command. */
export function cliActor(): Actor {
  let user = 'unknown';
  try {
    user = userInfo().username;
  } catch {
    // No passwd entry (some containers): the terminal name still says it was the machine.
  }
  return { actor: `cli:${user}`, terminal: `cli@${hostname()}` };
}

/** The same composition root as the app, without background jobs and without demo data. */
export function openApp(ctx: CommandContext): App {
  return createApp({
    dataDir: ctx.dataDir,
    env: ctx.env,
    clock: ctx.clock,
    startJobs: false,
    config: { demoData: false },
    log: createFileLogger({ file: join(ctx.dataDir, 'logs', 'cli.log') }),
  });
}
