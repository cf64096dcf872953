// What the generator leaves beside the database (bench-manifest.json): which rows the measured
// operations use and the secrets of the accounts that log in. A later run with --data reads it
// instead of generating again.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KdfParams } from '../../../src-main/auth/secrets';
import type { Sizes } from './sizes';

export const MANIFEST_FILE = 'bench-manifest.json';

/** Cheap scrypt for the accounts the non-login operations log in with (their KDF is measured apart). */
export const SESSION_KDF: KdfParams = { N: 16, r: 1, p: 1 };

export interface Credentials {
  loginId: string;
  secret: string;
  accountId: number;
}

export interface Manifest {
  scale: number;
  sizes: Sizes;
  generatedAt: number;
  /** Patrons with a production-KDF password of their own: the login measurement. */
  loginPatrons: Credentials[];
  /** Patrons with a SESSION_KDF password and a long loan history (≥ 1000 rows): My Library, history. */
  sessionPatrons: Credentials[];
  /**
   * Citizens by index from firstAccountId (利用者キー from layout.userKey): the first sessionCount log
   * in; indexes sessionCount … withMail-1 all have a mail address (OTP issue targets).
   */
  citizens: { firstAccountId: number; count: number; sessionCount: number; withMail: number };
  /** The administrator who searches and unlocks (PIN and 確認暗証番号 hashed with SESSION_KDF). */
  admin: { staffId: string; pin: string; confirmPin: string; accountId: number };
  /** Patrons with a mail address, locked (利用中止) for the unlock measurement. */
  lockedAccountIds: number[];
  /** Slots one place short of full, each for one timed reservation. */
  nearlyFullSlotIds: number[];
  /** The local day the due-date reminder job is run for, and the due date of its loans. */
  reminder: { runAt: number; dueDate: string; loans: number };
  /** Prefixes that find rows: card numbers, 利用者キー, staff IDs. */
  prefixes: { card: string[]; userKey: string[]; staffId: string[] };
}

export function writeManifest(dataDir: string, manifest: Manifest): void {
  writeFileSync(join(dataDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
}

export function readManifest(dataDir: string): Manifest {
  return JSON.parse(readFileSync(join(dataDir, MANIFEST_FILE), 'utf8')) as Manifest;
}
