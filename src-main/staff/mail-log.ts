// The counter's mail log: outbox rows newest first, with the last delivery error, so a clerk can
// tell a caller whether their mail left and retry one that failed. Read-only SQL over the outbox;
// retrying goes through the mailer, which owns the row's state.
import type { MailLogRow } from '../../src-shared/contract/staff';
import type { Actor } from '../auth/accounts';
import type { AuditLog } from '../audit/log';
import { DomainError } from '../domain-error';
import type { Mailer } from '../mail/mailer';
import type { Db } from '../store/database';

const PAGE = 50;

const COLUMNS = `id, template, to_address AS "to", subject, status, attempts, last_error AS lastError,
  created_at AS createdAt, sent_at AS sentAt`;

export class MailLog {
  private readonly stmt;

  constructor(
    db: Db,
    private readonly mailer: Mailer,
    private readonly audit: AuditLog,
  ) {
    this.stmt = {
      all: db.prepare<[number, number], MailLogRow>(`SELECT ${COLUMNS} FROM outbox WHERE id < ? ORDER BY id DESC LIMIT ?`),
      byStatus: db.prepare<[string, number, number], MailLogRow>(
        `SELECT ${COLUMNS} FROM outbox WHERE status = ? AND id < ? ORDER BY id DESC LIMIT ?`,
      ),
      one: db.prepare<[number], MailLogRow>(`SELECT ${COLUMNS} FROM outbox WHERE id = ?`),
    };
  }

  list(status: MailLogRow['status'] | null, beforeId: number | null): { rows: MailLogRow[]; next: number | null } {
    const before = beforeId ?? Number.MAX_SAFE_INTEGER;
    const found = status ? this.stmt.byStatus.all(status, before, PAGE + 1) : this.stmt.all.all(before, PAGE + 1);
    const rows = found.slice(0, PAGE);
    return { rows, next: found.length > PAGE ? (rows[rows.length - 1]?.id ?? null) : null };
  }

  /** Only a failed mail can be retried; anything else is a conflict (already queued or sent). */
  retry(id: number, by: Actor): MailLogRow {
    if (!this.stmt.one.get(id)) throw new DomainError('not_found');
    const requeued = this.mailer.retry(id);
    this.audit.append({ ...by, action: 'counter.mail_retry', target: `outbox:${id}`, outcome: requeued ? 'ok' : 'denied' });
    if (!requeued) throw new DomainError('conflict');
    return this.stmt.one.get(id) as MailLogRow;
  }
}
