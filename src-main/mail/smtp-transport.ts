// SMTP through nodemailer, pooled by default so a burst of mails reuses one connection.
import nodemailer from 'nodemailer';
import type { MailTransport } from './transport';
import { mailOptions } from './transport';

export interface SmtpTransportOptions {
  /** smtp://user:pass@host:port or smtps://… */
  url: string;
  pool: boolean;
  /** Pooled connections kept open at once. */
  maxConnections: number;
}

// The worker retries anyway: waiting minutes on a dead server (nodemailer's defaults) would only
// hold up the other mails of the pass.
const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 60_000 };

export function createSmtpTransport({ url, pool, maxConnections }: SmtpTransportOptions): MailTransport {
  const transporter = pool
    ? nodemailer.createTransport({ url, pool: true, maxConnections, ...TIMEOUTS, disableFileAccess: true, disableUrlAccess: true })
    : nodemailer.createTransport({ url, ...TIMEOUTS, disableFileAccess: true, disableUrlAccess: true });
  return {
    kind: 'smtp',
    async send(mail) {
      await transporter.sendMail(mailOptions(mail));
    },
    async close() {
      transporter.close();
    },
  };
}
