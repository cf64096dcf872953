// Append-only, hash-chained audit log. Each row's hash covers its content and the previous row's
// hash, so editing or deleting any row breaks the chain from that row on; the head row catches
// rows cut from the end. Details are ids and codes only: a secret never enters the log.
//
// The hash is an HMAC under the site's audit key (audit-key.ts), which is not in the database: with
// the database alone, a rewritten row cannot be given a hash that verifies. Rows cut from the end
// together with a moved head, or a rewrite by someone who also has the key, are caught by the
// anchors (anchors.ts) taken before it happened.
//
// Every terminal of a site appends to one chain: an append locks the head row (FOR UPDATE) inside
// its transaction, so the next id and previous hash are read by one terminal at a time.
import { createHash, createHmac } from 'node:crypto';
import type { Clock } from '../clock';
import type { SqlValue, Store } from '../store/store';
import { type AuditAnchor, readAnchors } from './anchors';
import { keyCheckOf } from './audit-key';

export const GENESIS_HASH = '0'.repeat(64);

/**
 * How a chain's hashes are made, recorded in its head (migration 008): HMAC-SHA256 under the
 * site's key, or plain SHA-256 for a chain that had rows before keys existed (verifiable by
 * anyone, and so rewritable by anyone with the database: reported as unkeyed).
 */
export type AuditScheme = 'sha256' | 'hmac-sha256-v1';
export const KEYED_SCHEME: AuditScheme = 'hmac-sha256-v1';

/**
 * This terminal's key against the chain in the store. no_key and wrong_key refuse every append
 * (the action that would be audited fails): a row this terminal wrote could not be verified by
 * the others, nor its rows told apart from forged ones.
 */
export type AuditKeyState = 'keyed' | 'unkeyed' | 'no_key' | 'wrong_key';

export class AuditKeyError extends Error {
  override name = 'AuditKeyError';
  constructor(readonly state: 'no_key' | 'wrong_key') {
    super(
      state === 'no_key'
        ? 'the audit key is missing on this terminal: nothing that must be audited can be done (copy audit.key from the site\'s first terminal)'
        : 'this terminal\'s audit key is not the one the audit chain was started with (copy audit.key from the site\'s first terminal)',
    );
  }
}

export interface AuditLogOptions {
  /** The site's audit key; null when this terminal has none. */
  key: Buffer | null;
  /** The anchors file verify() checks when it is given no anchors (the data folder's audit-anchors.jsonl). */
  anchorsFile?: string | null;
}

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
  /**
   * no_key: this terminal has no key to check a keyed chain; wrong_key: its key is not the chain's.
   * truncated also covers a chain shorter than an anchor; edited, a row whose hash is not the
   * anchored one (that row or one before it was rewritten after the anchor was taken).
   */
  reason: 'edited' | 'deleted' | 'truncated' | 'no_key' | 'wrong_key' | null;
}

// A detail key that names a secret is a programming error; refuse it before it is written.
const SECRET_KEY = /pass|pin|otp|secret|token|recovery|code$/i;

/** key null: the legacy unkeyed chain (plain SHA-256 over the same text). */
function rowHash(key: Buffer | null, prevHash: string, r: Omit<AuditRow, 'hash' | 'prevHash'>): string {
  const canonical = JSON.stringify([prevHash, r.id, r.at, r.actor, r.terminal, r.action, r.target, r.outcome, r.detail]);
  return (key ? createHmac('sha256', key) : createHash('sha256')).update(canonical).digest('hex');
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

const HEAD = 'SELECT last_id, last_hash, scheme, key_check FROM audit_head WHERE singleton = 1';
const HEAD_FOR_UPDATE = `${HEAD} FOR UPDATE`;
const INSERT = `INSERT INTO audit_log (id, at, actor, terminal, action, target, outcome, detail, prev_hash, hash)
  VALUES (@id, @at, @actor, @terminal, @action, @target, @outcome, @detail, @prevHash, @hash)`;
const SET_HEAD = `INSERT INTO audit_head (singleton, last_id, last_hash) VALUES (1, ?, ?)
  ON CONFLICT (singleton) DO UPDATE SET last_id = excluded.last_id, last_hash = excluded.last_hash`;
// The first keyed append (or the first start with a key) records which key the chain belongs to.
const BIND_KEY = 'UPDATE audit_head SET key_check = ? WHERE singleton = 1 AND key_check IS NULL';
const PAGE = `SELECT id, at, actor, terminal, action, target, outcome, detail, prev_hash, hash
  FROM audit_log WHERE id > ? ORDER BY id LIMIT ?`;

/** Rows read per query by verify(); between pages the event loop serves other work. */
const VERIFY_PAGE = 2000;

interface HeadRow {
  last_id: number;
  last_hash: string;
  scheme: AuditScheme;
  key_check: string | null;
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

/**
 * True when a new key may be made for the store's chain: it is keyed, has no row, and no terminal
 * has bound a key to it yet. Never for a chain with rows, which a new key could not verify.
 */
export async function chainTakesNewKey(store: Store): Promise<boolean> {
  const head = await store.get<HeadRow>(HEAD);
  const row = await store.get<{ id: number }>('SELECT id FROM audit_log ORDER BY id LIMIT 1');
  return !row && (head?.last_id ?? 0) === 0 && (head?.scheme ?? KEYED_SCHEME) === KEYED_SCHEME && (head?.key_check ?? null) === null;
}

export class AuditLog {
  private readonly key: Buffer | null;
  private readonly keyCheck: string | null;
  private readonly anchorsFile: string | null;

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    options: AuditLogOptions,
  ) {
    this.key = options.key;
    this.keyCheck = options.key ? keyCheckOf(options.key) : null;
    this.anchorsFile = options.anchorsFile ?? null;
  }

  private stateFor(head: HeadRow | undefined): AuditKeyState {
    if ((head?.scheme ?? KEYED_SCHEME) === 'sha256') return 'unkeyed';
    if (!this.key) return 'no_key';
    if (head?.key_check != null && head.key_check !== this.keyCheck) return 'wrong_key';
    return 'keyed';
  }

  /** How this terminal's key stands against the chain in the store. */
  async keyState(): Promise<AuditKeyState> {
    return this.stateFor(await this.store.get<HeadRow>(HEAD));
  }

  /**
   * Records this terminal's key as the chain's when no key is recorded yet, then says how the key
   * stands: of two terminals that each made a key for an empty store, the first to bind wins and
   * the other learns here that its key is wrong, before it has written anything.
   */
  async bindKey(): Promise<AuditKeyState> {
    if (this.keyCheck && (await this.keyState()) === 'keyed') await this.store.run(BIND_KEY, [this.keyCheck]);
    return this.keyState();
  }

  /** The head as an anchor taken now. */
  async anchor(): Promise<AuditAnchor> {
    const head = await this.store.get<HeadRow>(HEAD);
    return { at: this.clock.now(), lastId: head?.last_id ?? 0, lastHash: head?.last_hash ?? GENESIS_HASH };
  }

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
      const state = this.stateFor(head);
      if (state === 'no_key' || state === 'wrong_key') throw new AuditKeyError(state);
      const key = state === 'keyed' ? this.key : null;
      if (key && head && head.key_check === null) await this.store.run(BIND_KEY, [this.keyCheck]);
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
      const hash = rowHash(key, prevHash, row);
      await this.store.run(INSERT, { ...row, prevHash, hash });
      await this.store.run(SET_HEAD, [row.id, hash]);
    });
  }

  /**
   * Walks the whole chain in pages by id, so memory stays flat on a large log and the terminal
   * keeps answering while it runs. Rows appended meanwhile (by this or another terminal) are read
   * too: the head is compared only once no row past the last one read has appeared. Without
   * `anchors`, those of the anchors file given at construction are checked.
   */
  async verify(anchors?: readonly AuditAnchor[]): Promise<AuditVerification> {
    const state = await this.keyState();
    if (state === 'no_key' || state === 'wrong_key') return { ok: false, rows: 0, brokenAt: null, reason: state };
    const key = state === 'keyed' ? this.key : null;
    const anchored = new Map<number, string[]>();
    let furthestAnchor = 0;
    for (const a of anchors ?? (this.anchorsFile ? readAnchors(this.anchorsFile).anchors : [])) {
      if (a.lastId === 0) continue;
      anchored.set(a.lastId, [...(anchored.get(a.lastId) ?? []), a.lastHash]);
      furthestAnchor = Math.max(furthestAnchor, a.lastId);
    }
    let prevHash = GENESIS_HASH;
    let lastId = 0;
    for (;;) {
      const page = await this.store.all<AuditRowDb>(PAGE, [lastId, VERIFY_PAGE]);
      for (const r of page) {
        const expectedId = lastId + 1;
        if (r.id !== expectedId) return { ok: false, rows: lastId, brokenAt: expectedId, reason: 'deleted' };
        const recomputed = rowHash(key, prevHash, {
          id: r.id, at: r.at, actor: r.actor, terminal: r.terminal, action: r.action, target: r.target,
          outcome: r.outcome, detail: r.detail,
        });
        if (r.prev_hash !== prevHash) return { ok: false, rows: lastId, brokenAt: r.id, reason: 'deleted' };
        if (r.hash !== recomputed) return { ok: false, rows: lastId, brokenAt: r.id, reason: 'edited' };
        // A chain rewritten whole (by someone with the key, or an unkeyed one) links up again; the
        // anchored hash of this row does not.
        if (anchored.get(r.id)?.some((h) => h !== r.hash)) return { ok: false, rows: lastId, brokenAt: r.id, reason: 'edited' };
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
      // Rows cut from the end with the head moved back to match: an anchor saw them.
      if (furthestAnchor > lastId) return { ok: false, rows: lastId, brokenAt: lastId + 1, reason: 'truncated' };
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
