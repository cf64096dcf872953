// Builds the Mailer from the config: the outbox repository, the transport (SMTP when smtpUrl is
// set, .eml files in the data folder otherwise) and the delivery worker.
import { isAbsolute, join } from 'node:path';
import { inLocale } from '../../src-shared/localized-text';
import type { Clock } from '../clock';
import type { Config } from '../config/schema';
import type { Logger } from '../log';
import type { Store } from '../store/store';
import { createDelivery } from './delivery';
import { createFileTransport } from './file-transport';
import type { Mailer, MailRequest } from './mailer';
import { createMessageId } from './message-id';
import { Outbox } from './outbox';
import { secretsOfSmtpUrl } from './send-error';
import { createSmtpTransport } from './smtp-transport';
import { type MailTemplate, renderMail } from './template';
import type { MailTransport } from './transport';

export interface MailerDeps {
  store: Store;
  clock: Clock;
  log: Logger;
  config: Config;
  dataDir: string;
}

/** Where the file transport writes: config.mail.outboxDir, relative to the data folder. */
export function mailFolder(config: Config, dataDir: string): string {
  const dir = config.mail.outboxDir;
  return isAbsolute(dir) ? dir : join(dataDir, dir);
}

function createTransport(config: Config, dataDir: string): MailTransport {
  const { smtpUrl, pool, maxConnections } = config.mail;
  return smtpUrl ? createSmtpTransport({ url: smtpUrl, pool, maxConnections }) : createFileTransport(mailFolder(config, dataDir));
}

// An address with a line break or without an @ is a bug in the caller (fields.ts validates input
// addresses); refusing it here keeps it out of the headers.
function assertAddress(to: string): void {
  if (!/^[^\s@<>,;]+@[^\s@<>,;]+$/.test(to)) throw new TypeError('mail recipient is not a single plain address');
}

export function createMailer({ store, clock, log, config, dataDir }: MailerDeps): Mailer {
  const outbox = new Outbox(store, config.terminal.name, clock);
  const transport = createTransport(config, dataDir);
  const delivery = createDelivery({
    outbox,
    transport,
    clock,
    log,
    from: config.mail.from,
    secrets: secretsOfSmtpUrl(config.mail.smtpUrl),
    // Without a pool every mail opens its own connection; one at a time is then the polite rate.
    concurrency: config.mail.smtpUrl && config.mail.pool ? config.mail.maxConnections : 1,
  });
  let closed = false;

  return {
    async enqueue<P>(template: MailTemplate<P>, { to, locale, params, accountId = null }: MailRequest<P>): Promise<number> {
      assertAddress(to);
      const { subject, body } = renderMail(template, locale, params, inLocale(config.systemName, locale));
      return outbox.insert({
        messageId: createMessageId(config.mail.from),
        template: template.name,
        locale,
        to,
        subject,
        body,
        accountId,
        carriesSecret: template.secret,
        now: clock.now(),
      });
    },
    deliverDue() {
      if (closed) return Promise.resolve({ sent: 0, retried: 0, failed: 0 });
      return delivery.deliverDue();
    },
    async retry(outboxId) {
      const requeued = await outbox.requeue(outboxId, clock.now());
      if (requeued) log.info('mail.requeued', { outboxId });
      return requeued;
    },
    async close() {
      if (closed) return;
      closed = true;
      // A mail in the middle of its try finishes (or fails) before the connection goes.
      await delivery.idle();
      await transport.close();
    },
  };
}
