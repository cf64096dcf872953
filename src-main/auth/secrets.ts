// Hashing of every secret (passwords, PINs, one-time codes, recovery codes) with scrypt.
// Hashes carry their parameters so the cost can be raised later: verify() says when a stored
// hash is weaker than the current setting, and the caller re-hashes on a successful login.
import { randomBytes, scrypt as scryptCallback, scryptSync, timingSafeEqual } from 'node:crypto';

export interface KdfParams {
  N: number;
  r: number;
  p: number;
}

export const PRODUCTION_KDF: KdfParams = { N: 2 ** 17, r: 8, p: 1 };

const KEY_LENGTH = 32;
const SALT_LENGTH = 16;

// maxmem must cover 128·N·r bytes or Node refuses the larger parameters.
function scryptOptions({ N, r, p }: KdfParams) {
  return { N, r, p, maxmem: 256 * N * r + 1024 * 1024 };
}

// crypto.scrypt runs on libuv's thread pool, so hashing never blocks the main process's event loop.
function derive(secret: string, salt: Buffer, params: KdfParams): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scryptCallback(secret.normalize('NFKC'), salt, KEY_LENGTH, scryptOptions(params), (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/** `scrypt$N$r$p$salt$hash` with base64url parts. */
function encode(params: KdfParams, salt: Buffer, key: Buffer): string {
  return ['scrypt', params.N, params.r, params.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function hashSecret(secret: string, params: KdfParams): Promise<string> {
  const salt = randomBytes(SALT_LENGTH);
  return encode(params, salt, await derive(secret, salt, params));
}

/**
 * The same format, computed synchronously: only for the demo seeders, which run inside one
 * database transaction before the app serves anyone (never on a request path).
 */
export function hashSecretSync(secret: string, params: KdfParams): string {
  const salt = randomBytes(SALT_LENGTH);
  return encode(params, salt, scryptSync(secret.normalize('NFKC'), salt, KEY_LENGTH, scryptOptions(params)));
}

function parse(stored: string): { params: KdfParams; salt: Buffer; key: Buffer } | null {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [N, r, p] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  if (![N, r, p].every((n) => Number.isInteger(n) && n > 0)) return null;
  return { params: { N, r, p }, salt: Buffer.from(parts[4] as string, 'base64url'), key: Buffer.from(parts[5] as string, 'base64url') };
}

export interface Verification {
  ok: boolean;
  /** The hash was made with weaker parameters than `current`: re-hash after a success. */
  needsRehash: boolean;
}

export async function verifySecret(secret: string, stored: string, current: KdfParams): Promise<Verification> {
  const parsed = parse(stored);
  if (!parsed) return { ok: false, needsRehash: false };
  const key = await derive(secret, parsed.salt, parsed.params);
  const ok = key.length === parsed.key.length && timingSafeEqual(key, parsed.key);
  const { N, r, p } = parsed.params;
  return { ok, needsRehash: ok && (N < current.N || r < current.r || p < current.p) };
}

/**
 * A hash of a random secret, made once per process, which unknown accounts are checked against so
 * that "no such account" costs the same time as "wrong secret".
 */
export function createDecoy(params: KdfParams): () => Promise<void> {
  let decoy: Promise<string> | null = null;
  return async () => {
    decoy ??= hashSecret(randomBytes(16).toString('hex'), params);
    await verifySecret('not-the-secret', await decoy, params);
  };
}
