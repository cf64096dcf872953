// The default data folder, one answer for the Electron app and the CLI: an operator who runs
// `madoguchi-admin` without --data-dir must reach the database the kiosk uses, never a second,
// empty one beside it (where `seed-demo` would quietly write public demo PINs). Electron's own
// userData folder follows package.json's productName, which an installer may change, so both
// name the folder here and only take the platform's application-data folder from the OS.
import { homedir } from 'node:os';
import { join } from 'node:path';

/** The folder's name under the platform's application-data folder. */
export const APP_FOLDER = 'madoguchi';

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

/** The data folder when neither --data-dir nor MADOGUCHI_DATA_DIR names one. */
export function defaultDataDir(appData: string): string {
  return join(appData, APP_FOLDER);
}

export function currentPlatformPaths(env: Readonly<Record<string, string | undefined>>): PlatformPaths {
  return { platform: process.platform, env, home: homedir() };
}
