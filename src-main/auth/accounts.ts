// The shared accounts table: identity, status flags and counters, and long-lived credentials.
// Kind-specific profiles (citizen, patron, staff) live in their areas' tables keyed by account id.
import type { AccountKind } from '../../src-shared/contract/channel';
import type { AuditLog } from '../audit/log';
import type { Clock } from '../clock';
import type { Db } from '../store/database';
import { type AccountStatus, loginSucceeded, type StatusEvent, type Transition } from './lockout';

export interface Account extends AccountStatus {
  id: number;
  kind: AccountKind;
  loginId: string;
  displayName: string;
  nameKana: string | null;
  lastLoginAt: number | null;
  createdAt: number;
  deletedAt: number | null;
}

export type CredentialPurpose = 'password' | 'pin' | 'confirm_pin' | 'recovery';

export interface Credential {
  hash: string;
  mustChange: boolean;
  updatedAt: number;
}

interface AccountRowDb {
  id: number;
  kind: AccountKind;
  login_id: string;
  display_name: string;
  name_kana: string | null;
  locked: number;
  accident: number;
  accident_reason: string | null;
  blockaded: number;
  consecutive_failures: number;
  confirm_failures: number;
  last_login_at: number | null;
  created_at: number;
  deleted_at: number | null;
}

function toAccount(r: AccountRowDb): Account {
  return {
    id: r.id,
    kind: r.kind,
    loginId: r.login_id,
    displayName: r.display_name,
    nameKana: r.name_kana,
    locked: r.locked === 1,
    accident: r.accident === 1,
    accidentReason: r.accident_reason,
    blockaded: r.blockaded === 1,
    consecutiveFailures: r.consecutive_failures,
    confirmFailures: r.confirm_failures,
    lastLoginAt: r.last_login_at,
    createdAt: r.created_at,
    deletedAt: r.deleted_at,
  };
}

/** Who caused a change, for the audit row. */
export interface Actor {
  actor: string;
  terminal: string;
}

export type StatusListener = (account: Account, events: StatusEvent[]) => void;

/** Audit action names for status events (the event itself is the suffix). */
const AUDITED: Partial<Record<StatusEvent, 'ok' | 'failed' | 'denied'>> = {
  login_failed: 'failed',
  login_succeeded: 'ok',
  locked: 'ok',
  unlocked: 'ok',
  confirm_failed: 'failed',
  blockaded: 'ok',
  blockade_released: 'ok',
  accident_set: 'ok',
  accident_cleared: 'ok',
};

export function accountRef(account: Pick<Account, 'kind' | 'loginId'>): string {
  return `${account.kind}:${account.loginId}`;
}

export class Accounts {
  private readonly listeners: StatusListener[] = [];
  private readonly stmt;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly audit: AuditLog,
  ) {
    this.stmt = {
      insert: db.prepare<[string, string, string, string | null, number, number]>(
        `INSERT INTO accounts (kind, login_id, display_name, name_kana, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`,
      ),
      byId: db.prepare<[number], AccountRowDb>('SELECT * FROM accounts WHERE id = ?'),
      byLogin: db.prepare<[string, string], AccountRowDb>('SELECT * FROM accounts WHERE kind = ? AND login_id = ? AND deleted_at IS NULL'),
      loginExists: db.prepare<[string, string], { one: number }>('SELECT 1 AS one FROM accounts WHERE kind = ? AND login_id = ?'),
      writeStatus: db.prepare(
        `UPDATE accounts SET locked = @locked, locked_at = CASE WHEN @locked = 1 THEN coalesce(locked_at, @now) ELSE NULL END,
           accident = @accident, accident_reason = @accidentReason, blockaded = @blockaded,
           consecutive_failures = @consecutiveFailures, confirm_failures = @confirmFailures, updated_at = @now
         WHERE id = @id`,
      ),
      loggedIn: db.prepare<[number, number, number]>('UPDATE accounts SET last_login_at = ?, updated_at = ? WHERE id = ?'),
      rename: db.prepare<[string, string | null, number, number]>('UPDATE accounts SET display_name = ?, name_kana = ?, updated_at = ? WHERE id = ?'),
      softDelete: db.prepare<[number, number, number]>('UPDATE accounts SET deleted_at = ?, updated_at = ? WHERE id = ?'),
      credential: db.prepare<[number, string], { hash: string; must_change: number; updated_at: number }>(
        'SELECT hash, must_change, updated_at FROM credentials WHERE account_id = ? AND purpose = ?',
      ),
      setCredential: db.prepare<[number, string, string, number, number]>(
        `INSERT INTO credentials (account_id, purpose, hash, must_change, updated_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (account_id, purpose) DO UPDATE SET hash = excluded.hash, must_change = excluded.must_change, updated_at = excluded.updated_at`,
      ),
      deleteCredential: db.prepare<[number, string]>('DELETE FROM credentials WHERE account_id = ? AND purpose = ?'),
      upgradeCredential: db.prepare<[string, number, string, string]>('UPDATE credentials SET hash = ? WHERE account_id = ? AND purpose = ? AND hash = ?'),
    };
  }

  /** Called after a status change commits (e.g. sessions end when an account is locked). */
  onStatusChange(listener: StatusListener): void {
    this.listeners.push(listener);
  }

  create(kind: AccountKind, loginId: string, displayName: string, nameKana: string | null = null): Account {
    const now = this.clock.now();
    const { lastInsertRowid } = this.stmt.insert.run(kind, loginId, displayName, nameKana, now, now);
    return this.get(Number(lastInsertRowid)) as Account;
  }

  get(id: number): Account | undefined {
    const row = this.stmt.byId.get(id);
    return row ? toAccount(row) : undefined;
  }

  findByLogin(kind: AccountKind, loginId: string): Account | undefined {
    const row = this.stmt.byLogin.get(kind, loginId);
    return row ? toAccount(row) : undefined;
  }

  /** Includes deleted accounts: a login id is never given to a second person. */
  loginIdTaken(kind: AccountKind, loginId: string): boolean {
    return this.stmt.loginExists.get(kind, loginId) !== undefined;
  }

  rename(id: number, displayName: string, nameKana: string | null): void {
    this.stmt.rename.run(displayName, nameKana, this.clock.now(), id);
  }

  softDelete(id: number): void {
    const now = this.clock.now();
    this.stmt.softDelete.run(now, now, id);
  }

  markLoggedIn(id: number): void {
    const now = this.clock.now();
    this.stmt.loggedIn.run(now, now, id);
  }

  credential(id: number, purpose: CredentialPurpose): Credential | undefined {
    const row = this.stmt.credential.get(id, purpose);
    return row ? { hash: row.hash, mustChange: row.must_change === 1, updatedAt: row.updated_at } : undefined;
  }

  setCredential(id: number, purpose: CredentialPurpose, hash: string, mustChange = false): void {
    this.stmt.setCredential.run(id, purpose, hash, mustChange ? 1 : 0, this.clock.now());
  }

  /**
   * The same secret hashed at the current cost, after a login verified `verified`. Written only if
   * that is still the stored hash: a reset made while hashing must not be undone by the old secret.
   */
  upgradeCredential(id: number, purpose: CredentialPurpose, verified: string, upgraded: string): boolean {
    return this.stmt.upgradeCredential.run(upgraded, id, purpose, verified).changes === 1;
  }

  deleteCredential(id: number, purpose: CredentialPurpose): void {
    this.stmt.deleteCredential.run(id, purpose);
  }

  /** A successful login: counter reset, audit row and last-login time in one commit. */
  recordLogin(id: number, by: Actor, detail?: Record<string, string | number | null>): Account {
    const run = () => {
      const { account } = this.transition(id, loginSucceeded, by, detail);
      this.markLoggedIn(id);
      return { ...account, lastLoginAt: this.clock.now() };
    };
    return this.db.inTransaction ? run() : this.db.transaction(run).immediate();
  }

  /**
   * Re-reads the account inside one transaction, applies a state-machine step and audits every
   * event, so two terminals failing at once can never both read the old counter.
   */
  transition(id: number, step: (status: AccountStatus) => Transition, by: Actor, detail?: Record<string, string | number | null>): { account: Account; events: StatusEvent[] } {
    const run = () => {
      const current = this.get(id);
      if (!current) throw new Error(`no account ${id}`);
      const { status, events } = step(current);
      this.stmt.writeStatus.run({
        id,
        now: this.clock.now(),
        locked: status.locked ? 1 : 0,
        accident: status.accident ? 1 : 0,
        accidentReason: status.accidentReason,
        blockaded: status.blockaded ? 1 : 0,
        consecutiveFailures: status.consecutiveFailures,
        confirmFailures: status.confirmFailures,
      });
      for (const event of events) {
        const outcome = AUDITED[event];
        if (outcome) {
          this.audit.append({ ...by, action: `account.${event}`, target: accountRef(current), outcome, detail });
        }
      }
      return { account: { ...current, ...status }, events };
    };
    const result = this.db.inTransaction ? run() : this.db.transaction(run).immediate();
    if (result.events.length) for (const l of this.listeners) l(result.account, result.events);
    return result;
  }
}
