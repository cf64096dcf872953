// The audit chain's key: 32 random bytes that make each row's hash an HMAC, kept outside the
// database so that whoever holds only the database (a copied file, a backup, the PostgreSQL
// server) cannot rewrite rows and compute hashes that still verify.
//
// Where it lives:
// - `audit.key` (config audit.keyFile, relative to the data folder): 64 hex digits, mode 0600.
//   Every terminal of a site must hold the SAME key (they append to one chain), so it is made once
//   — by `madoguchi-admin init` or the first start on an empty log — and copied to the others.
//   The CLI (plain Node) reads only this file.
// - `audit.key.sealed` in the data folder: the same key encrypted by the operating system's key
//   store (Electron's safeStorage), which only this OS user on this machine can open. The app
//   writes it whenever it can; once it exists, the plain file may be taken off the machine (kept
//   with the site's paper records) and the app still starts. The CLI cannot open it.
//
// A key is never made for a chain that already has rows: a new key cannot verify them, and a
// terminal that made one would write rows the others cannot verify.
import { createHmac, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';

export const AUDIT_KEY_FILE = 'audit.key';
export const SEALED_KEY_FILE = 'audit.key.sealed';

/** Encrypts and decrypts with the OS key store (Electron's safeStorage); absent in plain Node. */
export interface KeyProtection {
  seal(text: string): Promise<Buffer>;
  /** stale: the OS key store would now seal it differently (its key was rotated); seal it again. */
  unseal(sealed: Buffer): Promise<{ text: string; stale: boolean }>;
}

export interface AuditKeyFiles {
  /** The plain key file (config audit.keyFile). */
  plain: string;
  /** The sealed copy, always in the data folder. */
  sealed: string;
}

export function auditKeyFiles(dataDir: string, keyFile: string): AuditKeyFiles {
  return { plain: isAbsolute(keyFile) ? keyFile : join(dataDir, keyFile), sealed: join(dataDir, SEALED_KEY_FILE) };
}

export type KeySource = 'plain' | 'sealed' | 'created';

export type LoadedKey =
  | { key: Buffer; source: KeySource; /** Said to the log: e.g. the file is readable by others. */ warnings: string[] }
  | { key: null; problem: 'missing' | 'sealed_only' | 'invalid'; detail: string; warnings: string[] };

const HEX_KEY = /^[0-9a-f]{64}$/i;

function parseKey(text: string): Buffer | null {
  const trimmed = text.trim();
  return HEX_KEY.test(trimmed) ? Buffer.from(trimmed, 'hex') : null;
}

// Windows has no POSIX modes; there the folder's ACL is what protects the file.
function looseMode(file: string): boolean {
  return process.platform !== 'win32' && (statSync(file).mode & 0o077) !== 0;
}

function writeAtomically(file: string, data: string | Buffer, exclusive: boolean): void {
  if (exclusive) {
    writeFileSync(file, data, { mode: 0o600, flag: 'wx' });
    return;
  }
  const partial = `${file}.partial`;
  writeFileSync(partial, data, { mode: 0o600 });
  renameSync(partial, file);
}

async function sealInto(file: string, key: Buffer, protection: KeyProtection): Promise<void> {
  writeAtomically(file, await protection.seal(key.toString('hex')), false);
}

async function readSealed(file: string, protection: KeyProtection): Promise<{ key: Buffer | null; stale: boolean }> {
  const { text, stale } = await protection.unseal(readFileSync(file));
  return { key: parseKey(text), stale };
}

/**
 * Reads the key: the plain file first (and, with protection, keeps the sealed copy equal to it),
 * else the sealed copy. Never creates one.
 */
export async function loadAuditKey(files: AuditKeyFiles, protection?: KeyProtection): Promise<LoadedKey> {
  const warnings: string[] = [];
  if (existsSync(files.plain)) {
    const key = parseKey(readFileSync(files.plain, 'utf8'));
    if (!key) return { key: null, problem: 'invalid', detail: `${files.plain} does not hold 64 hexadecimal digits`, warnings };
    if (looseMode(files.plain)) warnings.push(`${files.plain} can be read by other users; chmod 600 it`);
    if (protection) {
      // A sealed copy this machine cannot open (copied from another terminal's folder) is replaced.
      const current = existsSync(files.sealed) ? await readSealed(files.sealed, protection).catch(() => null) : null;
      try {
        if (!current?.key?.equals(key) || current.stale) await sealInto(files.sealed, key, protection);
      } catch (error) {
        warnings.push(`the sealed copy ${files.sealed} could not be written: ${(error as Error).message}`);
      }
    }
    return { key, source: 'plain', warnings };
  }
  if (existsSync(files.sealed)) {
    if (!protection) {
      return {
        key: null,
        problem: 'sealed_only',
        detail: `${files.sealed} is sealed by the app's OS key store; this program needs the plain key file at ${files.plain}`,
        warnings,
      };
    }
    let sealed: { key: Buffer | null; stale: boolean };
    try {
      sealed = await readSealed(files.sealed, protection);
    } catch (error) {
      return { key: null, problem: 'invalid', detail: `${files.sealed} cannot be unsealed here: ${(error as Error).message}`, warnings };
    }
    const { key } = sealed;
    if (!key) return { key: null, problem: 'invalid', detail: `${files.sealed} does not hold a key`, warnings };
    if (sealed.stale) {
      try {
        await sealInto(files.sealed, key, protection);
      } catch (error) {
        warnings.push(`the sealed copy ${files.sealed} could not be sealed again: ${(error as Error).message}`);
      }
    }
    return { key, source: 'sealed', warnings };
  }
  return { key: null, problem: 'missing', detail: `there is no key at ${files.plain}`, warnings };
}

/**
 * Makes a new key in the plain file (mode 0600, never over an existing file) and, with
 * protection, its sealed copy. When another process made the file first, that key is returned.
 */
export async function createAuditKey(files: AuditKeyFiles, protection?: KeyProtection): Promise<LoadedKey> {
  const key = randomBytes(32);
  try {
    writeAtomically(files.plain, `${key.toString('hex')}\n`, true);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return loadAuditKey(files, protection);
    throw error;
  }
  // writeFileSync's mode is filtered by the umask; the key must end up 0600 whatever it is.
  if (process.platform !== 'win32') chmodSync(files.plain, 0o600);
  const warnings: string[] = [];
  if (protection) {
    try {
      await sealInto(files.sealed, key, protection);
    } catch (error) {
      warnings.push(`the sealed copy ${files.sealed} could not be written: ${(error as Error).message}`);
    }
  }
  return { key, source: 'created', warnings };
}

const KEY_CHECK_LABEL = 'madoguchi audit key check v1';

/** Stored in the chain's head: tells a different key apart without revealing this one. */
export function keyCheckOf(key: Buffer): string {
  return createHmac('sha256', key).update(KEY_CHECK_LABEL).digest('hex');
}
