// Where Madoguchi keeps its database, logs, mail files and config.json. Electron's per-user folder
// by default; an installation may point elsewhere (a shared kiosk profile, a test run) with
// --data-dir=<path> (or --data-dir <path>) or MADOGUCHI_DATA_DIR. The argument wins over the
// environment, which wins over the default.
import { resolve } from 'node:path';

export interface DataDirSources {
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  /** app.getPath('userData') */
  userData: string;
}

const FLAG = '--data-dir';

function fromArgv(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg.startsWith(`${FLAG}=`)) return arg.slice(FLAG.length + 1);
    if (arg === FLAG) return argv[i + 1];
  }
  return undefined;
}

export function resolveDataDir({ argv, env, userData }: DataDirSources): string {
  const chosen = [fromArgv(argv), env.MADOGUCHI_DATA_DIR].find((value) => value !== undefined && value.trim() !== '');
  return resolve(chosen ?? userData);
}
