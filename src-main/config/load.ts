// Reads config.json from the data folder, applies environment overrides and validates the
// result. A bad value stops start-up with a message naming the key and what is expected.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { type Config, type ConfigInput, configSchema } from './schema';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export const CONFIG_FILE = 'config.json';

type Json = Record<string, unknown>;

/** Environment variables that override config keys (strings are parsed as JSON where needed). */
const ENV_KEYS: Record<string, { path: string[]; parse: (v: string) => unknown }> = {
  MADOGUCHI_SMTP_URL: { path: ['mail', 'smtpUrl'], parse: (v) => (v === '' ? null : v) },
  MADOGUCHI_MAIL_FROM: { path: ['mail', 'from'], parse: (v) => v },
  MADOGUCHI_MODE: { path: ['mode'], parse: (v) => v },
  MADOGUCHI_LOCALE: { path: ['defaultLocale'], parse: (v) => v },
  MADOGUCHI_DEMO_DATA: { path: ['demoData'], parse: (v) => v === '1' || v === 'true' },
  MADOGUCHI_FULLSCREEN: { path: ['window', 'fullscreen'], parse: (v) => v === '1' || v === 'true' },
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
