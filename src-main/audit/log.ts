// Append-only, hash-chained audit log. Each row's hash covers its content and the previous row's
// hash, so editing or deleting any row breaks the chain from that row on; the head row catches
// rows cut from the end. Details are ids and codes only: a secret never enters the log.
import { createHash } from 'node:crypto';
import type { Clock } from '../clock';
import type { Db } from '../store/database';
import { statementCache } from '../store/statement-cache';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEntry {
  /** Who acted: 'system', 'terminal', or an account reference such as 'staff:A0001'. */
  actor: string;
  terminal: string;
  /** Dotted action name, e.g. 'citizen.login', 'admin.unlock'. */
  action: string;
  /** The account or object acted on, e.g. 'citizen:abcd12345'. */
  target?: string | null;
  outcome: 'ok' | 'denied' | 'failed';
  detail?: Record<string, string | number | boolean | null>;
}

export interface AuditRow extends Required<Omit<AuditEntry, 'detail'>> {
  id: number;
  at: number;
  detail: string | null;
  prevHash: string;
  hash: string;
}

export interface AuditVerification {
  ok: boolean;
  rows: number;
  /** The first row whose content or link does not match (or the missing head). */
  brokenAt: number | null;
  reason: 'edited' | 'deleted' | 'truncated' | null;
}

// A detail key that names a secret is a programming error; refuse it before it is written.
const SECRET_KEY = /pass|pin|otp|secret|token|recovery|code$/i;

function rowHash(prevHash: string, r: Omit<AuditRow, 'hash' | 'prevHash'>): string {
  const canonical = JSON.stringify([prevHash, r.id, r.at, r.actor, r.terminal, r.action, r.target, r.outcome, r.detail]);
  return createHash('sha256').update(canonical).digest('hex');
}

export interface AuditFilter {
  actor?: string;
  target?: string;
  action?: string;
  from?: number;
  to?: number;
  /** Rows with id below this (paging newest first). */
  beforeId?: number;
  limit?: number;
}

export class AuditLog {
  private readonly head;
  private readonly insert;
  private readonly setHead;
  // One prepared statement per filter combination (at most 2^6), reused across calls.
  private readonly listStatement;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {
    this.head = db.prepare<[], { last_id: number; last_hash: string }>('SELECT last_id, last_hash FROM audit_head WHERE singleton = 1');
    this.listStatement = statementCache(db);
    this.insert = db.prepare(
      `INSERT INTO audit_log (id, at, actor, terminal, action, target, outcome, detail, prev_hash, hash)
       VALUES (@id, @at, @actor, @terminal, @action, @target, @outcome, @detail, @prevHash, @hash)`,
    );
    this.setHead = db.prepare(
      `INSERT INTO audit_head (singleton, last_id, last_hash) VALUES (1, ?, ?)
       ON CONFLICT (singleton) DO UPDATE SET last_id = excluded.last_id, last_hash = excluded.last_hash`,
    );
  }

  /** Appends inside the caller's transaction when there is one, so the row commits with the change. */
  append(entry: AuditEntry): void {
    if (entry.detail) {
      for (const key of Object.keys(entry.detail)) {
        if (SECRET_KEY.test(key)) throw new Error(`audit detail key looks like a secret: ${key}`);
      }
    }
    const write = () => {
      const head = this.head.get();
      const prevHash = head?.last_hash ?? GENESIS_HASH;
      const row = {
        id: (head?.last_id ?? 0) + 1,
        at: this.clock.now(),
        actor: entry.actor,
        terminal: entry.terminal,
        action: entry.action,
        target: entry.target ?? null,
        outcome: entry.outcome,
        detail: entry.detail ? JSON.stringify(entry.detail) : null,
      };
      const hash = rowHash(prevHash, row);
      this.insert.run({ ...row, prevHash, hash });
      this.setHead.run(row.id, hash);
    };
    if (this.db.inTransaction) write();
    else this.db.transaction(write).immediate();
  }

  /** Walks the whole chain; streaming, so it runs in constant memory on a large log. */
  verify(): AuditVerification {
    let prevHash = GENESIS_HASH;
    let expectedId = 1;
    let rows = 0;
    const all = this.db
      .prepare<[], { id: number; at: number; actor: string; terminal: string; action: string; target: string | null; outcome: string; detail: string | null; prev_hash: string; hash: string }>(
        'SELECT * FROM audit_log ORDER BY id',
      )
      .iterate();
    for (const r of all) {
      if (r.id !== expectedId) return { ok: false, rows, brokenAt: expectedId, reason: 'deleted' };
      const recomputed = rowHash(prevHash, {
        id: r.id, at: r.at, actor: r.actor, terminal: r.terminal, action: r.action, target: r.target,
        outcome: r.outcome as AuditRow['outcome'], detail: r.detail,
      });
      if (r.prev_hash !== prevHash) return { ok: false, rows, brokenAt: r.id, reason: 'deleted' };
      if (r.hash !== recomputed) return { ok: false, rows, brokenAt: r.id, reason: 'edited' };
      prevHash = r.hash;
      expectedId++;
      rows++;
    }
    const head = this.head.get();
    const headMatches = rows === 0 ? head === undefined : head?.last_id === rows && head.last_hash === prevHash;
    if (!headMatches) return { ok: false, rows, brokenAt: rows + 1, reason: 'truncated' };
    return { ok: true, rows, brokenAt: null, reason: null };
  }

  /** Newest first. */
  list(filter: AuditFilter = {}): AuditRow[] {
    const where: string[] = [];
    const params: Record<string, string | number> = {};
    if (filter.actor) { where.push('actor = @actor'); params.actor = filter.actor; }
    if (filter.target) { where.push('target = @target'); params.target = filter.target; }
    if (filter.action) { where.push('action = @action'); params.action = filter.action; }
    if (filter.from !== undefined) { where.push('at >= @from'); params.from = filter.from; }
    if (filter.to !== undefined) { where.push('at < @to'); params.to = filter.to; }
    if (filter.beforeId !== undefined) { where.push('id < @beforeId'); params.beforeId = filter.beforeId; }
    params.limit = Math.min(filter.limit ?? 100, 500);
    const sql = `SELECT id, at, actor, terminal, action, target, outcome, detail, prev_hash AS prevHash, hash
      FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT @limit`;
    return this.listStatement(sql).all(params) as AuditRow[];
  }
}
