// At most one session per terminal (window), held only in main: the renderer never sees a token.
// Idle expiry is enforced here whatever the screen shows; the renderer's countdown is a courtesy.
//
// Sessions live in the store, not in memory, so every terminal of a site sees them: locking an
// account at one kiosk deletes its session rows, and a kiosk where that account is logged in finds
// no session at its next call. Ending is a DELETE … RETURNING, so when two terminals sweep the same
// idle session only the one whose delete took the row audits its end.
import { randomUUID } from 'node:crypto';
import type { AccountKind, Permission } from '../../src-shared/contract/channel';
import type { SessionInfo } from '../../src-shared/contract/session';
import type { Clock } from '../clock';
import type { Store } from '../store/store';

export type RequiredAction = NonNullable<SessionInfo['requiredAction']>;

export interface Session {
  /** Random per session: tells a session apart from a later one on the same terminal. */
  id: string;
  accountId: number;
  kind: AccountKind;
  loginId: string;
  displayName: string;
  role: 'clerk' | 'admin' | null;
  permissions: Permission[];
  requiredAction: RequiredAction | null;
  startedAt: number;
  lastActivity: number;
}

export type SessionEndReason = 'logout' | 'idle' | 'replaced' | 'account_changed';

export type SessionStart = Omit<Session, 'id' | 'startedAt' | 'lastActivity'>;

export type SessionChange = Partial<Pick<Session, 'requiredAction' | 'displayName' | 'permissions'>>;

export interface SessionsOptions {
  store: Store;
  clock: Clock;
  /** Milliseconds without activity after which a session ends (idle + countdown). */
  idleMs: number;
  /**
   * Told of every session that ended. Store work only (app.ts appends the audit row): for a session
   * replaced by start() it runs inside the transaction that replaced it, so the end commits with
   * the new session; there it may run again if PostgreSQL retries that transaction.
   */
  onEnd?: (terminal: string, session: Session, reason: SessionEndReason) => void | Promise<void>;
}

/** What the router needs per call: the live session, or whether the idle rule has just ended it. */
export interface CurrentSession {
  session: Session | undefined;
  /** The terminal had a session that was found idle on this call (and is now ended). */
  expired: boolean;
}

/**
 * Activity is written at most this often: every call of a terminal would otherwise be a write,
 * and idle limits are minutes, so a session may end up to this much early at worst.
 */
export const TOUCH_EVERY_MS = 5_000;

/**
 * Long operations held at once. A process serves one machine's few windows, so this is far above
 * real use; a caller inventing terminal ids (a test harness, a bug) cannot grow the map past it:
 * the oldest operation is aborted and forgotten.
 */
export const MAX_OPERATIONS = 256;

export interface SessionStartOptions {
  /**
   * End the account's sessions on every other terminal, in the same transaction (staff: one
   * session per account, the newest wins). They end with reason 'replaced'.
   */
  onlyOne?: boolean;
}

const COLUMNS = 'terminal, id, account_id, kind, login_id, display_name, role, permissions, required_action, started_at, last_activity';
const BY_TERMINAL = `SELECT ${COLUMNS} FROM sessions WHERE terminal = ?`;
const INSERT = `INSERT INTO sessions (${COLUMNS})
  VALUES (@terminal, @id, @accountId, @kind, @loginId, @displayName, @role, @permissions, @requiredAction, @now, @now)`;
const END = `DELETE FROM sessions WHERE terminal = ? RETURNING ${COLUMNS}`;
const END_IDLE = `DELETE FROM sessions WHERE terminal = ? AND last_activity < ? RETURNING ${COLUMNS}`;
const END_ALL_IDLE = `DELETE FROM sessions WHERE last_activity < ? RETURNING ${COLUMNS}`;
const END_ACCOUNT = `DELETE FROM sessions WHERE account_id = ? RETURNING ${COLUMNS}`;
const END_ACCOUNT_ELSEWHERE = `DELETE FROM sessions WHERE account_id = ? AND terminal <> ? RETURNING ${COLUMNS}`;
// An idle session is not revived by a late touch: the next call ends it instead.
const TOUCH = `UPDATE sessions SET last_activity = @now
  WHERE terminal = @terminal AND last_activity <= @stale AND last_activity >= @cutoff`;
// Only the fields named in the change are written, so two updates of different fields made from
// stale copies of the session do not undo each other.
const UPDATE = `UPDATE sessions SET
    required_action = CASE WHEN @setRequiredAction = 1 THEN @requiredAction ELSE required_action END,
    display_name = CASE WHEN @setDisplayName = 1 THEN @displayName ELSE display_name END,
    permissions = CASE WHEN @setPermissions = 1 THEN @permissions ELSE permissions END
  WHERE terminal = @terminal AND id = @id`;
const COUNT = 'SELECT count(*) AS n FROM sessions';

interface SessionRowDb {
  terminal: string;
  id: string;
  account_id: number;
  kind: AccountKind;
  login_id: string;
  display_name: string;
  role: 'clerk' | 'admin' | null;
  permissions: string;
  required_action: RequiredAction | null;
  started_at: number;
  last_activity: number;
}

function toSession(r: SessionRowDb): Session {
  return {
    id: r.id,
    accountId: r.account_id,
    kind: r.kind,
    loginId: r.login_id,
    displayName: r.display_name,
    role: r.role,
    permissions: JSON.parse(r.permissions) as Permission[],
    requiredAction: r.required_action,
    startedAt: r.started_at,
    lastActivity: r.last_activity,
  };
}

export class Sessions {
  // Long operations of a terminal (xID polling) listen to this; it fires whenever the terminal is
  // reset, so leaving a screen or timing out stops the work in main at once. Operations run in
  // this process, so their signals stay in memory.
  private readonly operations = new Map<string, AbortController>();
  private readonly store: Store;

  constructor(private readonly options: SessionsOptions) {
    this.store = options.store;
  }

  private idleCutoff(): number {
    return this.options.clock.now() - this.options.idleMs;
  }

  /** The terminal's session, ending it first if it has been idle too long. */
  async current(terminal: string): Promise<CurrentSession> {
    const row = await this.store.get<SessionRowDb>(BY_TERMINAL, [terminal]);
    if (!row) return { session: undefined, expired: false };
    const cutoff = this.idleCutoff();
    if (row.last_activity >= cutoff) return { session: toSession(row), expired: false };
    this.abortOperations(terminal);
    await this.ended(terminal, await this.store.get<SessionRowDb>(END_IDLE, [terminal, cutoff]), 'idle');
    return { session: undefined, expired: true };
  }

  /** The terminal's live session, ending it first if it has been idle too long. */
  async get(terminal: string): Promise<Session | undefined> {
    return (await this.current(terminal)).session;
  }

  /** True when the terminal had a session that the idle rule has just ended. */
  async expiredNow(terminal: string): Promise<boolean> {
    return (await this.current(terminal)).expired;
  }

  async start(terminal: string, start: SessionStart, options: SessionStartOptions = {}): Promise<Session> {
    const now = this.options.clock.now();
    const session: Session = { ...start, id: randomUUID(), startedAt: now, lastActivity: now };
    const { previous: replaced, elsewhere } = await this.store.transaction(async () => {
      const previous = await this.store.get<SessionRowDb>(END, [terminal]);
      const elsewhere = options.onlyOne ? await this.store.all<SessionRowDb>(END_ACCOUNT_ELSEWHERE, [start.accountId, terminal]) : [];
      await this.store.run(INSERT, {
        terminal,
        id: session.id,
        accountId: session.accountId,
        kind: session.kind,
        loginId: session.loginId,
        displayName: session.displayName,
        role: session.role,
        permissions: JSON.stringify(session.permissions),
        requiredAction: session.requiredAction,
        now,
      });
      // The replaced sessions' ends (their audit rows) commit with the new session: one commit.
      if (previous) await this.options.onEnd?.(terminal, toSession(previous), 'replaced');
      for (const row of elsewhere) await this.options.onEnd?.(row.terminal, toSession(row), 'replaced');
      return { previous, elsewhere };
    });
    if (replaced) this.abortOperations(terminal);
    for (const row of elsewhere) this.abortOperations(row.terminal);
    return session;
  }

  /**
   * Records activity (at most once per TOUCH_EVERY_MS per session). A caller that has just read
   * the session passes it, and a fresh one costs no statement at all.
   */
  async touch(terminal: string, seen?: Session): Promise<void> {
    const now = this.options.clock.now();
    const stale = now - TOUCH_EVERY_MS;
    if (seen && seen.lastActivity > stale) return;
    await this.store.run(TOUCH, { terminal, now, stale, cutoff: this.idleCutoff() });
  }

  /**
   * Changes the session a caller acted for, if the terminal still holds it. Callers that awaited
   * (hashing) must not change whoever holds the terminal now — e.g. clear someone else's pending
   * required action; false tells them their session has ended meanwhile. The caller's copy is
   * changed too.
   */
  async update(terminal: string, session: Session, change: SessionChange): Promise<boolean> {
    const { changes } = await this.store.run(UPDATE, {
      terminal,
      id: session.id,
      setRequiredAction: 'requiredAction' in change ? 1 : 0,
      requiredAction: change.requiredAction ?? null,
      setDisplayName: change.displayName !== undefined ? 1 : 0,
      displayName: change.displayName ?? '',
      setPermissions: change.permissions !== undefined ? 1 : 0,
      permissions: JSON.stringify(change.permissions ?? []),
    });
    if (changes !== 1) return false;
    Object.assign(session, change);
    return true;
  }

  async end(terminal: string, reason: SessionEndReason): Promise<void> {
    this.abortOperations(terminal);
    await this.ended(terminal, await this.store.get<SessionRowDb>(END, [terminal]), reason);
  }

  /**
   * Ends every session of an account (locked, accident, deleted, credentials reset), on every
   * terminal of the site: another machine's window learns it at its next call.
   */
  async endForAccount(accountId: number, reason: SessionEndReason = 'account_changed'): Promise<void> {
    const rows = await this.store.all<SessionRowDb>(END_ACCOUNT, [accountId]);
    for (const row of rows) {
      this.abortOperations(row.terminal);
      await this.ended(row.terminal, row, reason);
    }
  }

  /** Ends idle sessions even on terminals that stopped calling (a job runs this). */
  async sweep(): Promise<void> {
    const rows = await this.store.all<SessionRowDb>(END_ALL_IDLE, [this.idleCutoff()]);
    for (const row of rows) await this.ended(row.terminal, row, 'idle');
  }

  /** An AbortSignal for a long operation of this terminal, aborted on the next reset. */
  operationSignal(terminal: string): AbortSignal {
    let controller = this.operations.get(terminal);
    if (!controller || controller.signal.aborted) {
      this.operations.delete(terminal);
      if (this.operations.size >= MAX_OPERATIONS) {
        // Insertion order: the first key is the operation started longest ago.
        const oldest = this.operations.keys().next().value;
        if (oldest !== undefined) this.abortOperations(oldest);
      }
      controller = new AbortController();
      this.operations.set(terminal, controller);
    }
    return controller.signal;
  }

  /** Long operations held in memory right now (tests check the map stays bounded). */
  operationCount(): number {
    return this.operations.size;
  }

  abortOperations(terminal: string): void {
    const controller = this.operations.get(terminal);
    if (controller) {
      controller.abort();
      this.operations.delete(terminal);
    }
  }

  async info(terminal: string): Promise<SessionInfo | null> {
    const s = await this.get(terminal);
    return s ? Sessions.infoOf(s) : null;
  }

  /** What the renderer may know of a session the caller holds (no read). */
  static infoOf(s: Session): SessionInfo {
    return {
      kind: s.kind,
      displayName: s.displayName,
      loginId: s.loginId,
      role: s.role,
      permissions: s.permissions,
      requiredAction: s.requiredAction,
      startedAt: s.startedAt,
    };
  }

  /** Live session rows on all terminals (idle ones not yet swept included). */
  async count(): Promise<number> {
    return (await this.store.get<{ n: number }>(COUNT))?.n ?? 0;
  }

  /** After a delete took a row: stop the terminal's operations here and tell the listener. */
  private async ended(terminal: string, row: SessionRowDb | undefined, reason: SessionEndReason): Promise<void> {
    if (!row) return;
    this.abortOperations(terminal);
    await this.options.onEnd?.(terminal, toSession(row), reason);
  }
}
