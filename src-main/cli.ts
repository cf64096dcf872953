// madoguchi-admin: parses the command line and hands over to one command in src-main/cli/.
// Nothing reaches the person as a stack trace: a wrong command line is exit 2 with a sentence, a
// refused operation is exit 1 with a sentence, and anything unexpected is exit 1 with its message.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { runAuditAnchor } from './cli/audit-anchor';
import { currentPlatformPaths, type Installation, machineDataDir } from './config/default-data-dir';
import { runBackup } from './cli/backup';
import { runCatalogueImport } from './cli/catalogue-import';
import { type CliIO, createProcessIO } from './cli/cli-io';
import type { CommandContext } from './cli/command-context';
import { runInit } from './cli/init';
import { runRecoverAdmin } from './cli/recover-admin';
import { runRestore } from './cli/restore';
import { runSeedDemo } from './cli/seed-demo';
import { runSip2Check } from './cli/sip2-check';
import { runStatus } from './cli/status';
import { runStoreCopy } from './cli/store-copy';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, USAGE, UsageError } from './cli/usage';
import { runVerifyAudit } from './cli/verify-audit';
import type { Clock } from './clock';
import { buildInfoLine } from './site/build-info';

const COMMANDS = ['init', 'recover-admin', 'seed-demo', 'backup', 'restore', 'verify-audit', 'audit', 'store', 'sip2', 'status', 'catalogue'] as const;
type Command = (typeof COMMANDS)[number];

interface Parsed {
  command: Command | 'help' | 'version';
  dataDir: string;
  positionals: string[];
  values: { id?: string; 'name-kana'?: string; name?: string; from?: string; to?: string; out?: string; anchors?: string; json?: boolean; 'dry-run'?: boolean };
}

function parse(argv: string[], env: NodeJS.ProcessEnv, installation: Installation): Parsed {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        'data-dir': { type: 'string' },
        id: { type: 'string' },
        'name-kana': { type: 'string' },
        name: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        out: { type: 'string' },
        anchors: { type: 'string' },
        json: { type: 'boolean' },
        'dry-run': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const dataDir = resolve(values['data-dir'] ?? (env.MADOGUCHI_DATA_DIR || machineDataDir(installation, currentPlatformPaths(env))));
  const [name, ...rest] = positionals;
  if (values.version) return { command: 'version', dataDir, positionals: rest, values };
  if (values.help || name === undefined || name === 'help') return { command: 'help', dataDir, positionals: rest, values };
  if (!(COMMANDS as readonly string[]).includes(name)) throw new UsageError(`unknown command: ${name}`);
  const command = name as Command;

  const allowed: Record<Command, { args: number; options: (keyof Parsed['values'])[] }> = {
    init: { args: 0, options: ['name-kana', 'name'] },
    'recover-admin': { args: 0, options: ['id'] },
    'seed-demo': { args: 0, options: [] },
    backup: { args: 1, options: [] },
    restore: { args: 1, options: [] },
    'verify-audit': { args: 0, options: ['anchors'] },
    audit: { args: 1, options: ['out'] },
    store: { args: 1, options: ['from', 'to'] },
    sip2: { args: 1, options: [] },
    status: { args: 0, options: ['json'] },
    catalogue: { args: 2, options: ['dry-run'] },
  };
  const rule = allowed[command];
  if (rest.length !== rule.args) {
    if (command === 'store') throw new UsageError('store needs a subcommand: store copy --from <url> --to <url>');
    if (command === 'audit') throw new UsageError('audit needs a subcommand: audit anchor [--out <file>]');
    if (command === 'sip2') throw new UsageError('sip2 needs a subcommand: sip2 check');
    if (command === 'catalogue') throw new UsageError('catalogue needs a subcommand and a file: catalogue import <file> [--dry-run]');
    throw new UsageError(rule.args === 0 ? `${command} takes no file argument` : `${command} needs exactly one <file>`);
  }
  if (command === 'store') {
    if (rest[0] !== 'copy') throw new UsageError(`unknown store subcommand: ${rest[0]} (store copy --from <url> --to <url>)`);
    if (!values.from || !values.to) throw new UsageError('store copy needs both --from <url> and --to <url>');
    if (values.from === values.to) throw new UsageError('store copy: --from and --to name the same store');
  }
  if (command === 'catalogue' && rest[0] !== 'import') throw new UsageError(`unknown catalogue subcommand: ${rest[0]} (catalogue import <file> [--dry-run])`);
  if (command === 'sip2' && rest[0] !== 'check') throw new UsageError(`unknown sip2 subcommand: ${rest[0]} (sip2 check)`);
  if (command === 'audit' && rest[0] !== 'anchor') throw new UsageError(`unknown audit subcommand: ${rest[0]} (audit anchor [--out <file>])`);
  for (const key of ['id', 'name-kana', 'name', 'from', 'to', 'out', 'anchors', 'json', 'dry-run'] as const) {
    if (values[key] !== undefined && !rule.options.includes(key)) throw new UsageError(`--${key} does not apply to ${command}`);
  }
  if (command === 'recover-admin' && !/^A\d{4,6}$/i.test(values.id ?? '')) {
    throw new UsageError('recover-admin needs --id with an administrator ID such as A0001');
  }
  return { command, dataDir, positionals: rest, values };
}

function dispatch(p: Parsed, ctx: CommandContext): Promise<number> | number {
  switch (p.command) {
    case 'help':
      ctx.io.out(USAGE);
      return EXIT_OK;
    case 'version':
      ctx.io.out(buildInfoLine());
      return EXIT_OK;
    case 'init':
      return runInit(ctx, { nameKana: p.values['name-kana'] ?? null, name: p.values.name ?? null });
    case 'recover-admin':
      return runRecoverAdmin(ctx, (p.values.id ?? '').toUpperCase());
    case 'seed-demo':
      return runSeedDemo(ctx);
    case 'backup':
      return runBackup(ctx, p.positionals[0] as string);
    case 'restore':
      return runRestore(ctx, p.positionals[0] as string);
    case 'verify-audit':
      return runVerifyAudit(ctx, p.values.anchors);
    case 'audit':
      return runAuditAnchor(ctx, p.values.out);
    case 'store':
      return runStoreCopy(ctx, p.values.from as string, p.values.to as string);
    case 'sip2':
      return runSip2Check(ctx);
    case 'status':
      return runStatus(ctx, p.values.json === true);
    case 'catalogue':
      return runCatalogueImport(ctx, p.positionals[1] as string, p.values['dry-run'] === true);
  }
}

/**
 * The whole CLI as a function: tests call it with their own streams, environment and clock.
 * `installation` picks the default data folder: 'installed' when the packaged executable runs it
 * (`madoguchi --admin …`, electron/admin-mode.ts), 'development' for `node out/main/cli.js`.
 */
export async function runCli(
  argv: string[],
  io: CliIO,
  env: NodeJS.ProcessEnv = process.env,
  clock?: Clock,
  installation: Installation = 'development',
): Promise<number> {
  try {
    const parsed = parse(argv, env, installation);
    return await dispatch(parsed, { dataDir: parsed.dataDir, io, env, clock });
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`madoguchi-admin: ${error.message}`);
      io.err('See: npm run admin -- --help');
      return EXIT_USAGE;
    }
    io.err(`madoguchi-admin: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT_FAILED;
  } finally {
    io.close();
  }
}

const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(resolve(entry)).href) {
  void runCli(process.argv.slice(2), createProcessIO()).then((code) => {
    process.exitCode = code;
  });
}
