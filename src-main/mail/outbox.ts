// The outbox table: the only place with mail SQL. Rows move queued → sending → sent, or back to
// queued with a later next_attempt_at after a failure, or to failed when the retry window ends.
import type { Locale } from '../../src-shared/contract/session';
import type { Db } from '../store/database';

export type OutboxStatus = 'queued' | 'sending' | 'sent' | 'failed';

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

const COLUMNS = `id, message_id AS messageId, template, locale, to_address AS "to", subject, body,
  account_id AS accountId, status, attempts, next_attempt_at AS nextAttemptAt, last_error AS lastError,
  created_at AS createdAt, queued_at AS queuedAt, sent_at AS sentAt`;

export class Outbox {
  private readonly insertRow;
  private readonly selectDue;
  private readonly selectOne;
  private readonly claim;
  private readonly setSent;
  private readonly setRetry;
  private readonly setFailed;
  private readonly requeueFailed;
  private readonly unclaim;
  private readonly claimDueTx;
  private readonly markSentTx;

  constructor(db: Db) {
    this.insertRow = db.prepare<[Omit<NewOutboxRow, 'carriesSecret'> & { carriesSecret: number }]>(
      `INSERT INTO outbox (message_id, template, locale, to_address, subject, body, account_id, carries_secret,
                           status, attempts, next_attempt_at, created_at, queued_at)
       VALUES (@messageId, @template, @locale, @to, @subject, @body, @accountId, @carriesSecret, 'queued', 0, @now, @now, @now)`,
    );
    // 'sending' rows are due too: deliveries never overlap within the process, so a row still
    // marked sending when a pass starts was left by a crash and must go out again (same Message-ID).
    this.selectDue = db.prepare<[number, number], OutboxRow>(
      `SELECT ${COLUMNS} FROM outbox
       WHERE status IN ('queued', 'sending') AND next_attempt_at <= ?
       ORDER BY next_attempt_at, id LIMIT ?`,
    );
    this.selectOne = db.prepare<[number], OutboxRow>(`SELECT ${COLUMNS} FROM outbox WHERE id = ?`);
    this.claim = db.prepare<[number]>(
      `UPDATE outbox SET status = 'sending', attempts = attempts + 1 WHERE id = ? AND status IN ('queued', 'sending')`,
    );
    // A claimed row that was never handed to the transport (the server went away mid-pass) goes
    // back as it was, its try not counted.
    this.unclaim = db.prepare<[number]>(
      `UPDATE outbox SET status = 'queued', attempts = attempts - 1 WHERE id = ? AND status = 'sending'`,
    );
    this.setSent = db.prepare<[number, number]>(
      `UPDATE outbox SET status = 'sent', sent_at = ?, body = CASE WHEN carries_secret = 1 THEN '' ELSE body END
       WHERE id = ? AND status = 'sending'`,
    );
    this.setRetry = db.prepare<[number, string, number]>(
      `UPDATE outbox SET status = 'queued', next_attempt_at = ?, last_error = ? WHERE id = ? AND status = 'sending'`,
    );
    this.setFailed = db.prepare<[string, number]>(
      `UPDATE outbox SET status = 'failed', last_error = ? WHERE id = ? AND status = 'sending'`,
    );
    // Claiming a pass and marking its mails sent are one commit each, not one per mail: with
    // synchronous=FULL every commit waits for the disk, which capped delivery near 100 mails/s.
    this.claimDueTx = db.transaction((now: number, limit: number): OutboxRow[] =>
      this.selectDue.all(now, limit).filter((row) => this.claim.run(row.id).changes === 1),
    );
    this.markSentTx = db.transaction((ids: readonly number[], now: number) => {
      for (const id of ids) this.setSent.run(now, id);
    });
    this.requeueFailed = db.prepare<[number, number, number]>(
      `UPDATE outbox SET status = 'queued', attempts = 0, next_attempt_at = ?, queued_at = ?
       WHERE id = ? AND status = 'failed'`,
    );
  }

  /** Joins the caller's transaction when there is one (better-sqlite3 has one connection). */
  insert(row: NewOutboxRow): number {
    return Number(this.insertRow.run({ ...row, carriesSecret: row.carriesSecret ? 1 : 0 }).lastInsertRowid);
  }

  get(id: number): OutboxRow | undefined {
    return this.selectOne.get(id);
  }

  /** Marks the row as being sent and counts the try; false if it is no longer due. */
  markSending(id: number): boolean {
    return this.claim.run(id).changes === 1;
  }

  /** Reads the due rows and marks them as being sent, in one transaction. */
  claimDue(now: number, limit: number): OutboxRow[] {
    return this.claimDueTx.immediate(now, limit);
  }

  /** Puts claimed rows that were never tried back in the queue. */
  release(ids: readonly number[]): void {
    for (const id of ids) this.unclaim.run(id);
  }

  markSentMany(ids: readonly number[], now: number): void {
    if (ids.length > 0) this.markSentTx.immediate(ids, now);
  }

  markRetry(id: number, nextAttemptAt: number, error: string): void {
    this.setRetry.run(nextAttemptAt, error, id);
  }

  markFailed(id: number, error: string): void {
    this.setFailed.run(error, id);
  }

  /** Puts a failed mail back in the queue with a fresh retry window; false if it was not failed. */
  requeue(id: number, now: number): boolean {
    return this.requeueFailed.run(now, now, id).changes === 1;
  }
}
