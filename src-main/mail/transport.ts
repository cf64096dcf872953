// A transport hands one finished mail to the outside world. Both transports build the message
// with nodemailer from the same options, so the .eml file of the offline default is byte for byte
// the message SMTP would carry.
import type { SendMailOptions } from 'nodemailer';

export interface OutgoingMail {
  outboxId: number;
  /** Fixed at enqueue time, `<…@…>`; the same on every try. */
  messageId: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  /** Enqueue time: a resend carries the same Date header as the first try. */
  date: Date;
}

export interface MailTransport {
  readonly kind: 'smtp' | 'file';
  /** Resolves once the mail is accepted (by the server, or on disk); rejects otherwise. */
  send(mail: OutgoingMail): Promise<void>;
  close(): Promise<void>;
}

/** Plain-text UTF-8 message with exactly the headers the outbox decided. */
export function mailOptions(mail: OutgoingMail): SendMailOptions {
  return {
    from: mail.from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    messageId: mail.messageId,
    date: mail.date,
  };
}
