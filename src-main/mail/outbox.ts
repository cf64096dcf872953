// The outbox table: the only place with mail SQL. Rows move queued → sending → sent, or back to
// queued with a later next_attempt_at after a failure, or to failed when the retry window ends.
//
// Every terminal of a site runs a delivery worker on the one outbox. A worker claims its rows with
// SELECT … FOR UPDATE SKIP LOCKED and marks them 'sending' under its name (claimed_by) in the same
// transaction, so two workers never take the same mail. The claim names the terminal and the
// process ("kiosk-1#<random>"): a 'sending' row is taken again by a later process of the same
// terminal (the previous one died mid-send), never by the process that is still sending it, and by
// any terminal once the claim is older than CLAIM_STALE_MS (that terminal died and stayed away).
import { randomBytes } from 'node:crypto';
import type { Locale } from '../../src-shared/contract/session';
import type { Clock } from '../clock';
import type { Store } from '../store/store';

export type OutboxStatus = 'queued' | 'sending' | 'sent' | 'failed';

/** A claim older than this belongs to a worker that is gone; longer than any single SMTP try. */
export const CLAIM_STALE_MS = 15 * 60_000;

export interface OutboxRow {
  id: number;
  messageId: string;
  template: string;
  locale: Locale;
  to: string;
  subject: string;
  body: string;
  accountId: number | null;
  status: OutboxStatus;
  attempts: number;
  nextAttemptAt: number;
  lastError: string | null;
  createdAt: number;
  queuedAt: number;
  sentAt: number | null;
}

export interface NewOutboxRow {
  messageId: string;
  template: string;
  locale: Locale;
  to: string;
  subject: string;
  body: string;
  accountId: number | null;
  carriesSecret: boolean;
  now: number;
}

// Quoted aliases: PostgreSQL folds unquoted names to lower case.
const COLUMNS = `id, message_id AS "messageId", template, locale, to_address AS "to", subject, body,
  account_id AS "accountId", status, attempts, next_attempt_at AS "nextAttemptAt", last_error AS "lastError",
  created_at AS "createdAt", queued_at AS "queuedAt", sent_at AS "sentAt"`;

const INSERT = `INSERT INTO outbox (message_id, template, locale, to_address, subject, body, account_id, carries_secret,
                      status, attempts, next_attempt_at, created_at, queued_at)
  VALUES (@messageId, @template, @locale, @to, @subject, @body, @accountId, @carriesSecret, 'queued', 0, @now, @now, @now)
  RETURNING id`;
const SELECT_ONE = `SELECT ${COLUMNS} FROM outbox WHERE id = ?`;
// Rows another worker has locked are skipped, not waited for: they are that worker's to send.
const SELECT_DUE = `SELECT ${COLUMNS} FROM outbox
  WHERE (status = 'queued' AND next_attempt_at <= @now)
     OR (status = 'sending' AND (claimed_by IS NULL OR claimed_at <= @stale
         OR (substr(claimed_by, 1, @terminalLength) = @terminal AND claimed_by <> @owner)))
  ORDER BY next_attempt_at, id LIMIT @limit
  FOR UPDATE SKIP LOCKED`;
const CLAIM = `UPDATE outbox SET status = 'sending', attempts = attempts + 1, claimed_at = ?, claimed_by = ?
  WHERE id = ? AND status IN ('queued', 'sending')`;
// A claimed row that was never handed to the transport (the server went away mid-pass) goes back
// as it was, its try not counted.
const UNCLAIM = `UPDATE outbox SET status = 'queued', attempts = attempts - 1 WHERE id = ? AND status = 'sending'`;
// A one-time code is of no use to anyone once delivered, and a danger in every copy of the file:
// the body goes with the 'sent' mark (SQLite's secure_delete then zeroes the old bytes in the page).
const SET_SENT = `UPDATE outbox SET status = 'sent', sent_at = ?, body = CASE WHEN carries_secret = 1 THEN '' ELSE body END
  WHERE id = ? AND status = 'sending' RETURNING carries_secret`;
// SQLite only: the page images the body was written in (the enqueue's) stay in the WAL file until
// the WAL is reset and overwritten, which may be much later; a truncating checkpoint ends them.
const TRUNCATE_WAL = 'PRAGMA wal_checkpoint(TRUNCATE)';
const SET_RETRY = `UPDATE outbox SET status = 'queued', next_attempt_at = ?, last_error = ? WHERE id = ? AND status = 'sending'`;
const SET_FAILED = `UPDATE outbox SET status = 'failed', last_error = ? WHERE id = ? AND status = 'sending'`;
const REQUEUE = `UPDATE outbox SET status = 'queued', attempts = 0, next_attempt_at = ?, queued_at = ?
  WHERE id = ? AND status = 'failed'`;

export class Outbox {
  /** This process's claim mark: the terminal's name, '#', and a random tag. */
  private readonly owner: string;
  private readonly terminal: string;

  constructor(
    private readonly store: Store,
    /** The terminal whose worker claims rows through this outbox (config terminal.name). */
    terminalName: string,
    private readonly clock: Clock,
  ) {
    this.terminal = `${terminalName}#`;
    this.owner = `${this.terminal}${randomBytes(6).toString('hex')}`;
  }

  /** Joins the caller's transaction when there is one: the mail commits with the change. */
  async insert(row: NewOutboxRow): Promise<number> {
    const { carriesSecret, ...rest } = row;
    const inserted = await this.store.get<{ id: number }>(INSERT, { ...rest, carriesSecret: carriesSecret ? 1 : 0 });
    return (inserted as { id: number }).id;
  }

  get(id: number): Promise<OutboxRow | undefined> {
    return this.store.get<OutboxRow>(SELECT_ONE, [id]);
  }

  /** Marks the row as being sent by this terminal and counts the try; false if it is no longer due. */
  async markSending(id: number): Promise<boolean> {
    return (await this.store.run(CLAIM, [this.clock.now(), this.owner, id])).changes === 1;
  }

  /** Reads the due rows and marks them as being sent, in one transaction. */
  claimDue(now: number, limit: number): Promise<OutboxRow[]> {
    return this.store.transaction(async () => {
      const due = await this.store.all<OutboxRow>(SELECT_DUE, { now, owner: this.owner, terminal: this.terminal, terminalLength: this.terminal.length, stale: now - CLAIM_STALE_MS, limit });
      const claimed: OutboxRow[] = [];
      for (const row of due) if ((await this.store.run(CLAIM, [now, this.owner, row.id])).changes === 1) claimed.push(row);
      return claimed;
    });
  }

  /** Puts claimed rows that were never tried back in the queue. */
  async release(ids: readonly number[]): Promise<void> {
    for (const id of ids) await this.store.run(UNCLAIM, [id]);
  }

  /** True when the mail carried a secret, whose body is now blanked. */
  async markSent(id: number, now: number): Promise<boolean> {
    return (await this.store.get<{ carries_secret: number }>(SET_SENT, [now, id]))?.carries_secret === 1;
  }

  /**
   * Removes what is left of blanked bodies outside the table: on SQLite, the WAL file's older page
   * images. (PostgreSQL keeps the old row version until vacuum reuses its space; the server's
   * files are the server administrator's to protect — see docs/architecture.md.)
   */
  async eraseResidue(): Promise<void> {
    if (this.store.kind === 'sqlite') await this.store.get(TRUNCATE_WAL);
  }

  async markRetry(id: number, nextAttemptAt: number, error: string): Promise<void> {
    await this.store.run(SET_RETRY, [nextAttemptAt, error, id]);
  }

  async markFailed(id: number, error: string): Promise<void> {
    await this.store.run(SET_FAILED, [error, id]);
  }

  /** Puts a failed mail back in the queue with a fresh retry window; false if it was not failed. */
  async requeue(id: number, now: number): Promise<boolean> {
    return (await this.store.run(REQUEUE, [now, now, id])).changes === 1;
  }
}
