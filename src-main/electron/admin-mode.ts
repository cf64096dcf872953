// madoguchi-admin on an installed machine. The packaged executable cannot run out/main/cli.js as
// plain Node (the RunAsNode fuse is off, build/fuses.ts), so it runs the CLI itself when started as
// `madoguchi --admin <command> …`: no window, no single-instance lock (the kiosk may be running),
// and the installed app's data folder as the default (config/default-data-dir.ts).
import { app } from 'electron';
import { runCli } from '../cli';
import { createProcessIO } from '../cli/cli-io';

export const ADMIN_FLAG = '--admin';

/** The CLI's arguments when the executable was started in admin mode, else null. */
export function adminArguments(argv: readonly string[]): string[] | null {
  const at = argv.indexOf(ADMIN_FLAG);
  // Chromium switches given before --admin (e.g. --ozone-platform=headless) stay Chromium's.
  return at === -1 ? null : argv.slice(at + 1);
}

export async function runAdminMode(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const code = await runCli(args, createProcessIO(), env, undefined, app.isPackaged ? 'installed' : 'development');
  app.exit(code);
}
