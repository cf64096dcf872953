// The counter's mail log: outbox rows newest first, with the last delivery error, so a clerk can
// tell a caller whether their mail left and retry one that failed. Read-only SQL over the outbox;
// retrying goes through the mailer, which owns the row's state.
import type { MailLogRow } from '../../src-shared/contract/staff';
import type { Actor } from '../auth/accounts';
import type { AuditLog } from '../audit/log';
import { DomainError } from '../domain-error';
import type { Mailer } from '../mail/mailer';
import type { Store } from '../store/store';

const PAGE = 50;

const COLUMNS = `id, template, to_address AS "to", subject, status, attempts, last_error AS "lastError",
  created_at AS "createdAt", sent_at AS "sentAt"`;

const SQL = {
  all: `SELECT ${COLUMNS} FROM outbox WHERE id < ? ORDER BY id DESC LIMIT ?`,
  byStatus: `SELECT ${COLUMNS} FROM outbox WHERE status = ? AND id < ? ORDER BY id DESC LIMIT ?`,
  one: `SELECT ${COLUMNS} FROM outbox WHERE id = ?`,
} as const;

export class MailLog {
  constructor(
    private readonly store: Store,
    private readonly mailer: Mailer,
    private readonly audit: AuditLog,
  ) {}

  async list(status: MailLogRow['status'] | null, beforeId: number | null): Promise<{ rows: MailLogRow[]; next: number | null }> {
    const before = beforeId ?? Number.MAX_SAFE_INTEGER;
    const found = status
      ? await this.store.all<MailLogRow>(SQL.byStatus, [status, before, PAGE + 1])
      : await this.store.all<MailLogRow>(SQL.all, [before, PAGE + 1]);
    const rows = found.slice(0, PAGE);
    return { rows, next: found.length > PAGE ? (rows[rows.length - 1]?.id ?? null) : null };
  }

  /** Only a failed mail can be retried; anything else is a conflict (already queued or sent). */
  async retry(id: number, by: Actor): Promise<MailLogRow> {
    if (!(await this.store.get(SQL.one, [id]))) throw new DomainError('not_found');
    // Not one transaction with the audit row: the mailer logs the requeue as it makes it, and a
    // transaction body must have no effect outside the store.
    const requeued = await this.mailer.retry(id);
    await this.audit.append({ ...by, action: 'counter.mail_retry', target: `outbox:${id}`, outcome: requeued ? 'ok' : 'denied' });
    if (!requeued) throw new DomainError('conflict');
    return (await this.store.get<MailLogRow>(SQL.one, [id])) as MailLogRow;
  }
}
