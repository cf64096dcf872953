// Command-line flags of `npm run bench`.

export interface BenchArgs {
  /** Fraction of the municipal data set (1 = 1,000,000 patrons …). */
  scale: number;
  /** Run only these sections (all when empty). */
  only: string[];
  /** Reuse a data folder generated earlier (skips generation, which takes minutes at full scale). */
  data: string | null;
  /** Keep the generated data folder instead of deleting it at the end. */
  keep: boolean;
  /** Timed calls per operation after warm-up. */
  calls: number;
  /** Logins with the production KDF (each hashes for ~0.3 s, so fewer than the other operations). */
  loginCalls: number;
  /**
   * A PostgreSQL URL (postgres://user:pass@host:port/db) of an empty database: the data set is
   * generated on SQLite as usual, copied there, and every section runs against it. Null: SQLite.
   */
  store: string | null;
  /**
   * With --store and --data: that database already holds this data set, copied by an earlier run
   * (e.g. with --only process). The copy then runs once, e.g. while the machine is busy, and the timed sections
   * later on a quiet machine.
   */
  copied: boolean;
  /** Operations of the multi-terminal scenario (bookings and logins together, all terminals). */
  terminalOps: number;
}

export const DEFAULT_ARGS: BenchArgs = { scale: 1, only: [], data: null, keep: false, calls: 1000, loginCalls: 100, store: null, copied: false, terminalOps: 2000 };

export class ArgsError extends Error {
  override name = 'ArgsError';
}

function positiveNumber(flag: string, raw: string | undefined): number {
  const value = Number(raw);
  if (raw === undefined || !Number.isFinite(value) || value <= 0) throw new ArgsError(`${flag} needs a positive number`);
  return value;
}

export function parseArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = { ...DEFAULT_ARGS, only: [] };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i] as string;
    const [name, inline] = flag.includes('=') ? (flag.split('=', 2) as [string, string]) : [flag, undefined];
    const value = () => inline ?? argv[++i];
    switch (name) {
      case '--scale':
        args.scale = positiveNumber(name, value());
        break;
      case '--only': {
        const list = value();
        if (!list) throw new ArgsError('--only needs a section name');
        args.only.push(...list.split(',').map((s) => s.trim()).filter(Boolean));
        break;
      }
      case '--data': {
        const dir = value();
        if (!dir) throw new ArgsError('--data needs a folder');
        args.data = dir;
        break;
      }
      case '--keep':
        args.keep = true;
        break;
      case '--calls':
        args.calls = Math.round(positiveNumber(name, value()));
        break;
      case '--login-calls':
        args.loginCalls = Math.round(positiveNumber(name, value()));
        break;
      case '--store': {
        const url = value();
        if (!url || !/^postgres(ql)?:\/\//i.test(url)) throw new ArgsError('--store needs a postgres:// URL');
        args.store = url;
        break;
      }
      case '--copied':
        args.copied = true;
        break;
      case '--terminal-ops':
        args.terminalOps = Math.round(positiveNumber(name, value()));
        break;
      default:
        throw new ArgsError(`unknown flag ${flag}`);
    }
  }
  return args;
}
