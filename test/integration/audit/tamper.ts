// What someone with the SQLite file (and no app) can do to the audit chain: change a row and
// recompute every hash and the head with whatever function they believe the chain uses, or cut
// rows off the end and move the head back so the chain still looks whole.
import { createHash, createHmac } from 'node:crypto';
import Database from 'better-sqlite3';
import { GENESIS_HASH } from '../../../src-main/audit/log';

export type Digest = (canonical: string) => string;
export const sha256: Digest = (c) => createHash('sha256').update(c).digest('hex');
export const hmacWith =
  (key: Buffer): Digest =>
  (c) =>
    createHmac('sha256', key).update(c).digest('hex');

interface RawRow {
  id: number;
  at: number;
  actor: string;
  terminal: string;
  action: string;
  target: string | null;
  outcome: string;
  detail: string | null;
}

/** Recomputes every row's link and hash from the first row on, and the head. */
export function rechain(raw: Database.Database, digest: Digest): void {
  let prev = GENESIS_HASH;
  let last = 0;
  for (const r of raw.prepare<[], RawRow>('SELECT id, at, actor, terminal, action, target, outcome, detail FROM audit_log ORDER BY id').all()) {
    const hash = digest(JSON.stringify([prev, r.id, r.at, r.actor, r.terminal, r.action, r.target, r.outcome, r.detail]));
    raw.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?').run(prev, hash, r.id);
    prev = hash;
    last = r.id;
  }
  raw.prepare('UPDATE audit_head SET last_id = ?, last_hash = ?').run(last, prev);
}

/** Changes row `id`'s target, then recomputes the whole chain and the head with `digest`. */
export function rewriteAndRechain(file: string, id: number, digest: Digest): void {
  const raw = new Database(file);
  raw.exec('DROP TRIGGER IF EXISTS audit_log_no_update; DROP TRIGGER IF EXISTS audit_log_no_delete;');
  raw.prepare("UPDATE audit_log SET target = 'citizen:someone-else' WHERE id = ?").run(id);
  rechain(raw, digest);
  raw.close();
}

/** Cuts the rows after `keep` and moves the head back to match. */
export function truncateTo(file: string, keep: number): void {
  const raw = new Database(file);
  raw.exec('DROP TRIGGER IF EXISTS audit_log_no_delete;');
  raw.prepare('DELETE FROM audit_log WHERE id > ?').run(keep);
  const last = raw.prepare<[number], { hash: string }>('SELECT hash FROM audit_log WHERE id = ?').get(keep);
  raw.prepare('UPDATE audit_head SET last_id = ?, last_hash = ?').run(keep, last?.hash ?? GENESIS_HASH);
  raw.close();
}

/** The number of rows in the chain. */
export function rowCount(file: string): number {
  const raw = new Database(file, { readonly: true });
  try {
    return (raw.prepare<[], { n: number }>('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
  } finally {
    raw.close();
  }
}
