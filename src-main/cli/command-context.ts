// What every command gets: the data folder, the terminal, and who is acting (for the audit log).
import { hostname, userInfo } from 'node:os';
import { join } from 'node:path';
import type { Actor } from '../auth/accounts';
import { type App, createApp } from '../app';
import type { Clock } from '../clock';
import { loadConfig, storeConnectOptions } from '../config/load';
import type { Config } from '../config/schema';
import { createFileLogger } from '../log';
import { locateStore, openStore, type StoreLocation } from '../store/open-store';
import type { Store } from '../store/store';
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
export function openApp(ctx: CommandContext): Promise<App> {
  return createApp({
    dataDir: ctx.dataDir,
    env: ctx.env,
    clock: ctx.clock,
    startJobs: false,
    config: { demoData: false },
    log: createFileLogger({ file: join(ctx.dataDir, 'logs', 'cli.log') }),
  });
}

/** The data folder's config (config.json and the environment), as the app would read it. */
export function cliConfig(ctx: CommandContext): Config {
  return loadConfig({ dataDir: ctx.dataDir, env: ctx.env, overrides: { demoData: false } });
}

/** Where the app of this data folder keeps its data: the SQLite file, or the PostgreSQL server. */
export function cliStoreLocation(ctx: CommandContext): StoreLocation {
  return locateStore({ dataDir: ctx.dataDir, url: cliConfig(ctx).store.url });
}

/** The store alone (no services), opened exactly as the app would open it. */
export function openCliStore(ctx: CommandContext): Promise<Store> {
  const config = cliConfig(ctx);
  return openStore({ dataDir: ctx.dataDir, url: config.store.url, postgres: storeConnectOptions(config.store, { dataDir: ctx.dataDir, env: ctx.env }) });
}

/** backup and restore copy SQLite files; a PostgreSQL site uses the server's own tools. */
export const POSTGRES_BACKUP_REFUSAL =
  'このデータは PostgreSQL サーバーにあります。pg_dump でバックアップしてください。 / The data is on a PostgreSQL server: back up PostgreSQL with pg_dump (and restore with pg_restore).';
