// What this build is, as staff screens and `madoguchi-admin --version` show it: the app's version
// and the database schema it brings (the number of its migrations; both dialects carry the same
// numbers). A terminal refuses a newer schema, so these two numbers are what a technician compares
// across the terminals of a site.
import { migrationsFor } from '../store/migrations';
import { APP_VERSION } from './app-version';

export interface BuildInfo {
  appVersion: string;
  schemaVersion: number;
}

export function buildInfo(): BuildInfo {
  return { appVersion: APP_VERSION, schemaVersion: migrationsFor.sqlite.length };
}

/** One line for the command line. */
export function buildInfoLine({ appVersion, schemaVersion }: BuildInfo = buildInfo()): string {
  return `Madoguchi ${appVersion} (database schema ${schemaVersion})`;
}
