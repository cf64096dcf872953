// The delivery worker. A pass claims its due rows ('sending', one commit, locked against the other
// terminals' workers) before the transport sees any of them, sends them over a few connections at
// once, and marks each one 'sent' on its own as soon as the server has taken it — never the batch
// at its end — so a crash resends at most the mails in flight (one per connection), not the pass.
// Every row carries its enqueue-time Message-ID and Date, so such a resend is the identical
// message, never a second, different one. A mail that carried a one-time code has its body blanked
// with the mark, and the pass then removes what the store keeps of it elsewhere.
import type { Clock } from '../clock';
import type { Logger } from '../log';
import { afterFailure } from './backoff';
import type { DeliveryReport } from './mailer';
import type { Outbox, OutboxRow } from './outbox';
import { describeSendError, isConnectionFailure } from './send-error';
import type { MailTransport, OutgoingMail } from './transport';

/** Rows per pass; the rest wait for the next pass a few seconds later. */
const BATCH = 200;

export interface DeliveryOptions {
  outbox: Outbox;
  transport: MailTransport;
  clock: Clock;
  log: Logger;
  from: string;
  /** Blanked out of any error text that is stored or logged. */
  secrets: readonly string[];
  /** Mails in flight at once (the SMTP pool's connections). */
  concurrency: number;
}

export interface Delivery {
  /**
   * Sends every mail due at the time of the call. Passes never overlap: a call during a pass
   * waits for it and then runs one more (shared by every caller that arrived meanwhile).
   */
  deliverDue(): Promise<DeliveryReport>;
  /** Resolves when no pass is running or waiting. */
  idle(): Promise<void>;
}

export function createDelivery(options: DeliveryOptions): Delivery {
  let running: Promise<DeliveryReport> | null = null;
  let next: Promise<DeliveryReport> | null = null;

  const start = (): Promise<DeliveryReport> => {
    const pass = deliverPass(options).finally(() => {
      if (running === pass) running = null;
    });
    running = pass;
    return pass;
  };

  return {
    deliverDue() {
      if (!running) return start();
      // A pass is under way and may have read the due rows before this caller's mail was due.
      next ??= running
        .catch(() => undefined)
        .then(() => {
          next = null;
          return start();
        });
      return next;
    },
    async idle() {
      while (running || next) await (next ?? running)?.catch(() => undefined);
    },
  };
}

function outgoing(row: OutboxRow, from: string): OutgoingMail {
  return {
    outboxId: row.id,
    messageId: row.messageId,
    from,
    to: row.to,
    subject: row.subject,
    text: row.body,
    date: new Date(row.createdAt),
  };
}

async function deliverPass({ outbox, transport, clock, log, from, secrets, concurrency }: DeliveryOptions): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, retried: 0, failed: 0 };
  const rows = await outbox.claimDue(clock.now(), BATCH);
  let next = 0;
  let serverGone = false;
  let erased = false;

  const sendOne = async (row: OutboxRow) => {
    const attempt = row.attempts + 1;
    try {
      await transport.send(outgoing(row, from));
    } catch (error) {
      const reason = describeSendError(error, secrets);
      const outcome = afterFailure({ queuedAt: row.queuedAt, failures: attempt, now: clock.now() });
      if (outcome.status === 'failed') {
        await outbox.markFailed(row.id, reason);
        report.failed++;
        log.error('mail.failed', undefined, { outboxId: row.id, template: row.template, attempts: attempt, reason });
      } else {
        await outbox.markRetry(row.id, outcome.nextAttemptAt, reason);
        report.retried++;
        log.warn('mail.retry', { outboxId: row.id, template: row.template, attempts: attempt, nextAttemptAt: outcome.nextAttemptAt, reason });
      }
      // The other due mails would only wait out the same dead connection; they keep their turn.
      if (isConnectionFailure(error)) serverGone = true;
      return;
    }
    if (await outbox.markSent(row.id, clock.now())) erased = true;
    report.sent++;
    log.info('mail.sent', { outboxId: row.id, template: row.template, transport: transport.kind, attempts: attempt });
  };

  const worker = async () => {
    while (!serverGone && next < rows.length) await sendOne(rows[next++] as OutboxRow);
  };
  try {
    // The first mail goes alone: if the server is down, one try finds out, not one per connection.
    if (rows.length > 0) await sendOne(rows[next++] as OutboxRow);
    await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, rows.length - next)) }, worker));
  } finally {
    await outbox.release(rows.slice(next).map((row) => row.id));
  }
  if (erased) await outbox.eraseResidue();
  return report;
}
