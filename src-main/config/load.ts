// Reads config.json from the data folder, applies environment overrides and validates the
// result. A bad value stops start-up with a message naming the key and what is expected.
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { z } from 'zod';
import { type Config, type ConfigInput, configSchema } from './schema';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export const CONFIG_FILE = 'config.json';

type Json = Record<string, unknown>;

/** Environment variables that override config keys (strings are parsed as JSON where needed). */
const ENV_KEYS: Record<string, { path: string[]; parse: (v: string) => unknown }> = {
  MADOGUCHI_STORE_URL: { path: ['store', 'url'], parse: (v) => (v === '' ? null : v) },
  MADOGUCHI_SMTP_URL: { path: ['mail', 'smtpUrl'], parse: (v) => (v === '' ? null : v) },
  MADOGUCHI_MAIL_FROM: { path: ['mail', 'from'], parse: (v) => v },
  MADOGUCHI_MODE: { path: ['mode'], parse: (v) => v },
  MADOGUCHI_LOCALE: { path: ['defaultLocale'], parse: (v) => v },
  MADOGUCHI_DEMO_DATA: { path: ['demoData'], parse: (v) => v === '1' || v === 'true' },
  MADOGUCHI_FULLSCREEN: { path: ['window', 'fullscreen'], parse: (v) => v === '1' || v === 'true' },
  // The CLI on a terminal whose key is sealed (or kept off the machine) points at a plain copy.
  MADOGUCHI_AUDIT_KEY_FILE: { path: ['audit', 'keyFile'], parse: (v) => (v === '' ? undefined : v) },
};

function setPath(target: Json, path: string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    node[key] = typeof next === 'object' && next !== null ? { ...(next as Json) } : {};
    node = node[key] as Json;
  }
  node[path[path.length - 1] as string] = value;
}

function deepMerge(base: Json, over: Json): Json {
  const out: Json = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const prev = out[key];
    out[key] =
      typeof value === 'object' && value !== null && !Array.isArray(value) && typeof prev === 'object' && prev !== null
        ? deepMerge(prev as Json, value as Json)
        : value;
  }
  return out;
}

export function formatConfigIssues(error: z.ZodError, source: string): string {
  const lines = error.issues.map((issue) => {
    const key = issue.path.map(String).join('.') || '(root)';
    return `  ${key}: ${issue.message}`;
  });
  return `The configuration in ${source} is not valid:\n${lines.join('\n')}`;
}

export interface LoadConfigOptions {
  dataDir: string;
  env?: NodeJS.ProcessEnv;
  /** Programmatic overrides (tests, harness) applied last. */
  overrides?: ConfigInput;
}

export function loadConfig({ dataDir, env = process.env, overrides }: LoadConfigOptions): Config {
  const file = join(dataDir, CONFIG_FILE);
  let fromFile: Json = {};
  if (existsSync(file)) {
    try {
      const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        throw new ConfigError(`${file} must hold a JSON object.`);
      }
      fromFile = parsed as Json;
    } catch (error) {
      if (error instanceof ConfigError) throw error;
      throw new ConfigError(`${file} is not valid JSON: ${(error as Error).message}`);
    }
  }
  let merged = fromFile;
  for (const [name, { path, parse }] of Object.entries(ENV_KEYS)) {
    const value = env[name];
    if (value !== undefined) {
      merged = { ...merged };
      setPath(merged, path, parse(value));
    }
  }
  if (overrides) merged = deepMerge(merged, overrides as Json);
  const result = configSchema.safeParse(merged);
  if (!result.success) throw new ConfigError(formatConfigIssues(result.error, existsSync(file) ? file : 'the defaults'));
  return result.data;
}

/** What the PostgreSQL adapter needs beyond the URL, with the password read from where config says. */
export interface StoreConnectOptions {
  password?: string;
  sslmode?: Config['store']['sslmode'];
  poolSize: number;
}

/**
 * Reads the database password named by store.passwordEnv or store.passwordFile. A missing variable
 * or unreadable file stops start-up naming the key, before anything connects.
 */
export function storeConnectOptions(store: Config['store'], { dataDir, env = process.env }: { dataDir: string; env?: NodeJS.ProcessEnv }): StoreConnectOptions {
  const options: StoreConnectOptions = { poolSize: store.poolSize };
  if (store.sslmode !== undefined) options.sslmode = store.sslmode;
  if (store.passwordEnv !== undefined && store.passwordFile !== undefined) {
    throw new ConfigError('store.passwordEnv and store.passwordFile are both set; give the password one way only.');
  }
  if (store.passwordEnv !== undefined) {
    const value = env[store.passwordEnv];
    if (value === undefined || value === '') {
      throw new ConfigError(`store.passwordEnv: the environment variable ${store.passwordEnv} is not set.`);
    }
    options.password = value;
  }
  if (store.passwordFile !== undefined) {
    const file = isAbsolute(store.passwordFile) ? store.passwordFile : join(dataDir, store.passwordFile);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      throw new ConfigError(`store.passwordFile: cannot read ${file} (${code}).`);
    }
    const password = text.replace(/[\r\n]+$/, '');
    if (password === '') throw new ConfigError(`store.passwordFile: ${file} is empty.`);
    options.password = password;
  }
  return options;
}
