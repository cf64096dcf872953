// The last verification of the audit chain on this machine, for the health screen and
// `madoguchi-admin status`: written by `verify-audit` and by each scheduled backup (whose check
// walks the whole chain as it stood at the backup). One small JSON file in the data folder, so
// the CLI and the app read the same record without a table of their own.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const VERIFY_RECORD_FILE = 'audit-verify.json';

export interface VerifyRecord {
  /** When the check ran (epoch ms). */
  at: number;
  ok: boolean;
  /** Rows walked. */
  rows: number;
  /** What ran it. */
  by: 'verify-audit' | 'backup';
}

export function verifyRecordFileOf(dataDir: string): string {
  return join(dataDir, VERIFY_RECORD_FILE);
}

/** Written whole and renamed into place, so a reader never sees half a record. */
export function writeVerifyRecord(dataDir: string, record: VerifyRecord): void {
  const file = verifyRecordFileOf(dataDir);
  writeFileSync(`${file}.tmp`, `${JSON.stringify(record)}\n`);
  renameSync(`${file}.tmp`, file);
}

/** null when there is none (or it cannot be read: then it is as good as none). */
export function readVerifyRecord(dataDir: string): VerifyRecord | null {
  try {
    const v = JSON.parse(readFileSync(verifyRecordFileOf(dataDir), 'utf8')) as Partial<VerifyRecord>;
    if (typeof v.at !== 'number' || typeof v.ok !== 'boolean' || typeof v.rows !== 'number') return null;
    return { at: v.at, ok: v.ok, rows: v.rows, by: v.by === 'backup' ? 'backup' : 'verify-audit' };
  } catch {
    return null;
  }
}
