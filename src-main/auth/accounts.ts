// The shared accounts table: identity, status flags and counters, and long-lived credentials.
// Kind-specific profiles (citizen, patron, staff) live in their areas' tables keyed by account id.
import type { AccountKind } from '../../src-shared/contract/channel';
import type { AuditLog } from '../audit/log';
import type { Clock } from '../clock';
import type { Store } from '../store/store';
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

export type StatusListener = (account: Account, events: StatusEvent[]) => void | Promise<void>;

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

const INSERT = `INSERT INTO accounts (kind, login_id, display_name, name_kana, created_at, updated_at)
  VALUES (?, ?, ?, ?, ?, ?) RETURNING id`;
const BY_ID = 'SELECT * FROM accounts WHERE id = ?';
// Several terminals may fail logins of one account at once; the lock makes PostgreSQL queue them
// instead of failing all but one (the SQLite adapter drops the clause: it has one writer anyway).
const BY_ID_FOR_UPDATE = 'SELECT * FROM accounts WHERE id = ? FOR UPDATE';
const BY_LOGIN = 'SELECT * FROM accounts WHERE kind = ? AND login_id = ? AND deleted_at IS NULL';
const LOGIN_EXISTS = 'SELECT 1 AS one FROM accounts WHERE kind = ? AND login_id = ?';
// @locked and @lockedNow carry the same value: PostgreSQL infers one type per parameter, and the
// column (bigint) and the comparison with 1 (integer) would disagree.
const WRITE_STATUS = `UPDATE accounts SET locked = @locked, locked_at = CASE WHEN @lockedNow = 1 THEN coalesce(locked_at, @now) ELSE NULL END,
    accident = @accident, accident_reason = @accidentReason, blockaded = @blockaded,
    consecutive_failures = @consecutiveFailures, confirm_failures = @confirmFailures, updated_at = @now
  WHERE id = @id`;
const LOGGED_IN = 'UPDATE accounts SET last_login_at = ?, updated_at = ? WHERE id = ?';
const RENAME = 'UPDATE accounts SET display_name = ?, name_kana = ?, updated_at = ? WHERE id = ?';
const SOFT_DELETE = 'UPDATE accounts SET deleted_at = ?, updated_at = ? WHERE id = ?';
const CREDENTIAL = 'SELECT hash, must_change, updated_at FROM credentials WHERE account_id = ? AND purpose = ?';
const SET_CREDENTIAL = `INSERT INTO credentials (account_id, purpose, hash, must_change, updated_at) VALUES (?, ?, ?, ?, ?)
  ON CONFLICT (account_id, purpose) DO UPDATE SET hash = excluded.hash, must_change = excluded.must_change, updated_at = excluded.updated_at`;
const DELETE_CREDENTIAL = 'DELETE FROM credentials WHERE account_id = ? AND purpose = ?';
const UPGRADE_CREDENTIAL = 'UPDATE credentials SET hash = ? WHERE account_id = ? AND purpose = ? AND hash = ?';

export class Accounts {
  private readonly listeners: StatusListener[] = [];

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly audit: AuditLog,
  ) {}

  /** Called after a status change commits (e.g. sessions end when an account is locked). */
  onStatusChange(listener: StatusListener): void {
    this.listeners.push(listener);
  }

  async create(kind: AccountKind, loginId: string, displayName: string, nameKana: string | null = null): Promise<Account> {
    const now = this.clock.now();
    const row = await this.store.get<{ id: number }>(INSERT, [kind, loginId, displayName, nameKana, now, now]);
    return (await this.get((row as { id: number }).id)) as Account;
  }

  async get(id: number): Promise<Account | undefined> {
    const row = await this.store.get<AccountRowDb>(BY_ID, [id]);
    return row ? toAccount(row) : undefined;
  }

  async findByLogin(kind: AccountKind, loginId: string): Promise<Account | undefined> {
    const row = await this.store.get<AccountRowDb>(BY_LOGIN, [kind, loginId]);
    return row ? toAccount(row) : undefined;
  }

  /** Includes deleted accounts: a login id is never given to a second person. */
  async loginIdTaken(kind: AccountKind, loginId: string): Promise<boolean> {
    return (await this.store.get(LOGIN_EXISTS, [kind, loginId])) !== undefined;
  }

  async rename(id: number, displayName: string, nameKana: string | null): Promise<void> {
    await this.store.run(RENAME, [displayName, nameKana, this.clock.now(), id]);
  }

  async softDelete(id: number): Promise<void> {
    const now = this.clock.now();
    await this.store.run(SOFT_DELETE, [now, now, id]);
  }

  async markLoggedIn(id: number): Promise<void> {
    const now = this.clock.now();
    await this.store.run(LOGGED_IN, [now, now, id]);
  }

  async credential(id: number, purpose: CredentialPurpose): Promise<Credential | undefined> {
    const row = await this.store.get<{ hash: string; must_change: number; updated_at: number }>(CREDENTIAL, [id, purpose]);
    return row ? { hash: row.hash, mustChange: row.must_change === 1, updatedAt: row.updated_at } : undefined;
  }

  async setCredential(id: number, purpose: CredentialPurpose, hash: string, mustChange = false): Promise<void> {
    await this.store.run(SET_CREDENTIAL, [id, purpose, hash, mustChange ? 1 : 0, this.clock.now()]);
  }

  /**
   * The same secret hashed at the current cost, after a login verified `verified`. Written only if
   * that is still the stored hash: a reset made while hashing must not be undone by the old secret.
   */
  async upgradeCredential(id: number, purpose: CredentialPurpose, verified: string, upgraded: string): Promise<boolean> {
    return (await this.store.run(UPGRADE_CREDENTIAL, [upgraded, id, purpose, verified])).changes === 1;
  }

  async deleteCredential(id: number, purpose: CredentialPurpose): Promise<void> {
    await this.store.run(DELETE_CREDENTIAL, [id, purpose]);
  }

  /** A successful login: counter reset, audit row and last-login time in one commit. */
  async recordLogin(
    id: number,
    by: Actor,
    detail?: Record<string, string | number | null>,
    andThen?: (account: Account) => Promise<void>,
  ): Promise<Account> {
    return this.store.transaction(async () => {
      const { account } = await this.transition(id, loginSucceeded, by, detail);
      await this.markLoggedIn(id);
      const loggedIn = { ...account, lastLoginAt: this.clock.now() };
      await andThen?.(loggedIn);
      return loggedIn;
    });
  }

  /**
   * Re-reads the account inside one transaction, applies a state-machine step and audits every
   * event, so two terminals failing at once can never both read the old counter. Listeners run
   * once the transaction has committed (or, inside a caller's transaction, once the step is done).
   */
  async transition(
    id: number,
    step: (status: AccountStatus) => Transition,
    by: Actor,
    detail?: Record<string, string | number | null>,
  ): Promise<{ account: Account; events: StatusEvent[] }> {
    const result = await this.store.transaction(async () => {
      const row = await this.store.get<AccountRowDb>(BY_ID_FOR_UPDATE, [id]);
      if (!row) throw new Error(`no account ${id}`);
      const current = toAccount(row);
      const { status, events } = step(current);
      await this.store.run(WRITE_STATUS, {
        id,
        now: this.clock.now(),
        locked: status.locked ? 1 : 0,
        lockedNow: status.locked ? 1 : 0,
        accident: status.accident ? 1 : 0,
        accidentReason: status.accidentReason,
        blockaded: status.blockaded ? 1 : 0,
        consecutiveFailures: status.consecutiveFailures,
        confirmFailures: status.confirmFailures,
      });
      for (const event of events) {
        const outcome = AUDITED[event];
        if (outcome) {
          await this.audit.append({ ...by, action: `account.${event}`, target: accountRef(current), outcome, detail });
        }
      }
      return { account: { ...current, ...status }, events };
    });
    if (result.events.length) for (const l of this.listeners) await l(result.account, result.events);
    return result;
  }
}
