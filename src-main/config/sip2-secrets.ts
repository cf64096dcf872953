// The SIP account's password and the ILS's CA certificate, read from where library.sip2 says —
// at the moment a client is made, never at config load, so a `local` site never needs them.
import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { Sip2Config } from './library-sip2';
import { ConfigError } from './load';

/**
 * The SIP account's password, from where library.sip2 says. A missing variable or an unreadable or
 * empty file stops with a ConfigError naming the key, before anything connects.
 */
export function sip2Password(sip2: Sip2Config, { dataDir, env = process.env }: { dataDir: string; env?: NodeJS.ProcessEnv }): string {
  if (sip2.passwordEnv !== undefined) {
    const value = env[sip2.passwordEnv];
    if (value === undefined || value === '') throw new ConfigError(`library.sip2.passwordEnv: the environment variable ${sip2.passwordEnv} is not set.`);
    return value;
  }
  const file = resolveFile(sip2.passwordFile as string, dataDir);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(`library.sip2.passwordFile: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
  }
  const password = text.replace(/[\r\n]+$/, '');
  if (password === '') throw new ConfigError(`library.sip2.passwordFile: ${file} is empty.`);
  return password;
}

/** The CA certificate for TLS, when library.sip2.tlsCaFile names one. */
export function sip2TlsCa(sip2: Sip2Config, dataDir: string): string | undefined {
  if (sip2.tlsCaFile === undefined) return undefined;
  const file = resolveFile(sip2.tlsCaFile, dataDir);
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(`library.sip2.tlsCaFile: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
  }
}

function resolveFile(path: string, dataDir: string): string {
  return isAbsolute(path) ? path : join(dataDir, path);
}
