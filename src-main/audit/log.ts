// Append-only, hash-chained audit log. Each row's hash covers its content and the previous row's
// hash, so editing or deleting any row breaks the chain from that row on; the head row catches
// rows cut from the end. Details are ids and codes only: a secret never enters the log.
//
// Every terminal of a site appends to one chain: an append locks the head row (FOR UPDATE) inside
// its transaction, so the next id and previous hash are read by one terminal at a time.
import { createHash } from 'node:crypto';
import type { Clock } from '../clock';
import type { SqlValue, Store } from '../store/store';

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

const HEAD = 'SELECT last_id, last_hash FROM audit_head WHERE singleton = 1';
const HEAD_FOR_UPDATE = `${HEAD} FOR UPDATE`;
const INSERT = `INSERT INTO audit_log (id, at, actor, terminal, action, target, outcome, detail, prev_hash, hash)
  VALUES (@id, @at, @actor, @terminal, @action, @target, @outcome, @detail, @prevHash, @hash)`;
const SET_HEAD = `INSERT INTO audit_head (singleton, last_id, last_hash) VALUES (1, ?, ?)
  ON CONFLICT (singleton) DO UPDATE SET last_id = excluded.last_id, last_hash = excluded.last_hash`;
const PAGE = `SELECT id, at, actor, terminal, action, target, outcome, detail, prev_hash, hash
  FROM audit_log WHERE id > ? ORDER BY id LIMIT ?`;

/** Rows read per query by verify(); between pages the event loop serves other work. */
const VERIFY_PAGE = 2000;

interface HeadRow {
  last_id: number;
  last_hash: string;
}

interface AuditRowDb {
  id: number;
  at: number;
  actor: string;
  terminal: string;
  action: string;
  target: string | null;
  outcome: AuditRow['outcome'];
  detail: string | null;
  prev_hash: string;
  hash: string;
}

function toAuditRow(r: AuditRowDb): AuditRow {
  return {
    id: r.id, at: r.at, actor: r.actor, terminal: r.terminal, action: r.action, target: r.target,
    outcome: r.outcome, detail: r.detail, prevHash: r.prev_hash, hash: r.hash,
  };
}

const nextTick = () => new Promise<void>((resolve) => setImmediate(resolve));

export class AuditLog {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  /** Appends inside the caller's transaction when there is one, so the row commits with the change. */
  async append(entry: AuditEntry): Promise<void> {
    if (entry.detail) {
      for (const key of Object.keys(entry.detail)) {
        if (SECRET_KEY.test(key)) throw new Error(`audit detail key looks like a secret: ${key}`);
      }
    }
    const detail = entry.detail ? JSON.stringify(entry.detail) : null;
    await this.store.transaction(async () => {
      const head = await this.store.get<HeadRow>(HEAD_FOR_UPDATE);
      const prevHash = head?.last_hash ?? GENESIS_HASH;
      const row = {
        id: (head?.last_id ?? 0) + 1,
        at: this.clock.now(),
        actor: entry.actor,
        terminal: entry.terminal,
        action: entry.action,
        target: entry.target ?? null,
        outcome: entry.outcome,
        detail,
      };
      const hash = rowHash(prevHash, row);
      await this.store.run(INSERT, { ...row, prevHash, hash });
      await this.store.run(SET_HEAD, [row.id, hash]);
    });
  }

  /**
   * Walks the whole chain in pages by id, so memory stays flat on a large log and the terminal
   * keeps answering while it runs. Rows appended meanwhile (by this or another terminal) are read
   * too: the head is compared only once no row past the last one read has appeared.
   */
  async verify(): Promise<AuditVerification> {
    let prevHash = GENESIS_HASH;
    let lastId = 0;
    for (;;) {
      const page = await this.store.all<AuditRowDb>(PAGE, [lastId, VERIFY_PAGE]);
      for (const r of page) {
        const expectedId = lastId + 1;
        if (r.id !== expectedId) return { ok: false, rows: lastId, brokenAt: expectedId, reason: 'deleted' };
        const recomputed = rowHash(prevHash, {
          id: r.id, at: r.at, actor: r.actor, terminal: r.terminal, action: r.action, target: r.target,
          outcome: r.outcome, detail: r.detail,
        });
        if (r.prev_hash !== prevHash) return { ok: false, rows: lastId, brokenAt: r.id, reason: 'deleted' };
        if (r.hash !== recomputed) return { ok: false, rows: lastId, brokenAt: r.id, reason: 'edited' };
        prevHash = r.hash;
        lastId = r.id;
      }
      if (page.length === VERIFY_PAGE) {
        await nextTick();
        continue;
      }
      const head = await this.store.get<HeadRow>(HEAD);
      // A row committed between the last page and the head read would make an honest log look cut.
      const later = await this.store.get<{ id: number }>('SELECT id FROM audit_log WHERE id > ? ORDER BY id LIMIT 1', [lastId]);
      if (later) continue;
      // An empty log has no head, or the head the schema starts with (id 0, the genesis hash).
      const headMatches = (head?.last_id ?? 0) === lastId && (head?.last_hash ?? GENESIS_HASH) === prevHash;
      if (!headMatches) return { ok: false, rows: lastId, brokenAt: lastId + 1, reason: 'truncated' };
      return { ok: true, rows: lastId, brokenAt: null, reason: null };
    }
  }

  /** Newest first. The SQL text is one of at most 2^6 filter combinations. */
  async list(filter: AuditFilter = {}): Promise<AuditRow[]> {
    const where: string[] = [];
    const params: Record<string, SqlValue> = {};
    if (filter.actor) { where.push('actor = @actor'); params.actor = filter.actor; }
    if (filter.target) { where.push('target = @target'); params.target = filter.target; }
    if (filter.action) { where.push('action = @action'); params.action = filter.action; }
    if (filter.from !== undefined) { where.push('at >= @from'); params.from = filter.from; }
    if (filter.to !== undefined) { where.push('at < @to'); params.to = filter.to; }
    if (filter.beforeId !== undefined) { where.push('id < @beforeId'); params.beforeId = filter.beforeId; }
    params.limit = Math.min(filter.limit ?? 100, 500);
    const sql = `SELECT id, at, actor, terminal, action, target, outcome, detail, prev_hash, hash
      FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT @limit`;
    return (await this.store.all<AuditRowDb>(sql, params)).map(toAuditRow);
  }
}
