// The default data folder, one answer for the Electron app and the CLI: an operator who runs
// `madoguchi-admin` without --data-dir must reach the database the kiosk uses, never a second,
// empty one beside it (where `seed-demo` would quietly write public demo PINs).
//
// One folder per machine. An installed Madoguchi (the packaged executable, and the CLI it runs as
// `madoguchi --admin …`) keeps its data where every account of the machine finds the same folder:
// %ProgramData%\Madoguchi on Windows, /var/lib/madoguchi on Linux — the kiosk's own user, the
// technician and a service all reach one database. In development (`npm start`, `npm run admin`)
// it is the developer's own application-data folder. MADOGUCHI_DATA_DIR (and --data-dir) override
// both; the callers apply those. Electron's own userData folder follows package.json's
// productName, which an installer may change, so the folder is named here.
import { homedir } from 'node:os';
import { join, win32 } from 'node:path';

/** The folder's name under the platform's application-data folder (development). */
export const APP_FOLDER = 'madoguchi';

/**
 * installed: running from the packaged app (Electron's app.isPackaged — the installed executable,
 * which also runs the CLI in admin mode); development: `npm start` or `node out/main/cli.js`.
 */
export type Installation = 'installed' | 'development';

export interface PlatformPaths {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  home: string;
}

/** Electron's app.getPath('appData'), computed the way Electron does it, for the CLI (no Electron there). */
export function appDataDir({ platform, env, home }: PlatformPaths): string {
  if (platform === 'win32') return env.APPDATA || join(home, 'AppData', 'Roaming');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME || join(home, '.config');
}

/** The development data folder: madoguchi under the given application-data folder. */
export function defaultDataDir(appData: string): string {
  return join(appData, APP_FOLDER);
}

/** The machine-wide data folder of an installed Madoguchi. */
export function installedDataDir({ platform, env }: Pick<PlatformPaths, 'platform' | 'env'>): string {
  if (platform === 'win32') return win32.join(env.ProgramData || env.PROGRAMDATA || 'C:\\ProgramData', 'Madoguchi');
  // Not a target of the installers; the same idea in macOS's place for it.
  if (platform === 'darwin') return '/Library/Application Support/Madoguchi';
  return '/var/lib/madoguchi';
}

/** The data folder when neither --data-dir nor MADOGUCHI_DATA_DIR names one. */
export function machineDataDir(installation: Installation, paths: PlatformPaths): string {
  return installation === 'installed' ? installedDataDir(paths) : defaultDataDir(appDataDir(paths));
}

export function currentPlatformPaths(env: Readonly<Record<string, string | undefined>>): PlatformPaths {
  return { platform: process.platform, env, home: homedir() };
}
