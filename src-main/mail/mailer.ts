// The mail service every area uses. enqueue() writes an outbox row and must be called inside the
// store transaction of the change that causes the mail (transactional outbox): the mail exists if
// and only if that change committed. Delivery happens later, in the worker of some terminal.
import type { Locale } from '../../src-shared/contract/session';
import type { MailTemplate } from './template';

export interface MailRequest<P> {
  to: string;
  locale: Locale;
  params: P;
  /** The account the mail is about (mail log, per-account views). */
  accountId?: number | null;
}

export interface DeliveryReport {
  sent: number;
  retried: number;
  failed: number;
}

export interface Mailer {
  /** Returns the outbox row id. Call it inside the transaction of the change that causes the mail. */
  enqueue<P>(template: MailTemplate<P>, request: MailRequest<P>): Promise<number>;
  /** Sends every due mail once; the scheduler calls this. */
  deliverDue(): Promise<DeliveryReport>;
  /**
   * Puts a failed mail back in the queue, due now, with a fresh 24-hour retry window (mail log's
   * retry). False when the mail is not in the failed state.
   */
  retry(outboxId: number): Promise<boolean>;
  close(): Promise<void>;
}
