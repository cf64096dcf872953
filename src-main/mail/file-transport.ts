// The offline default: each mail becomes an RFC 822 .eml file in the data folder, built by
// nodemailer exactly as it would go over SMTP. The file name is derived from the outbox id and the
// Message-ID, and written through a temporary file and a rename, so a resend after a crash
// replaces the file instead of adding a second one or leaving half a message behind.
import { mkdir, open, rename } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type { MailTransport, OutgoingMail } from './transport';
import { mailOptions } from './transport';

export function emlFileName(mail: Pick<OutgoingMail, 'outboxId' | 'messageId'>): string {
  const id = mail.messageId.replace(/^<|>$/g, '').replace(/[^A-Za-z0-9.@_-]/g, '_');
  return `${String(mail.outboxId).padStart(6, '0')}-${id}.eml`;
}

export function createFileTransport(dir: string): MailTransport {
  const builder = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  return {
    kind: 'file',
    async send(mail) {
      const info = await builder.sendMail(mailOptions(mail));
      if (!Buffer.isBuffer(info.message)) throw new Error('nodemailer returned a stream instead of a buffer');
      await mkdir(dir, { recursive: true });
      const file = join(dir, emlFileName(mail));
      const partial = `${file}.partial`;
      // Flushed before the rename (and so before the row is marked sent): a power cut cannot
      // leave a sent mail with no file.
      const handle = await open(partial, 'w');
      try {
        await handle.writeFile(info.message);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(partial, file);
    },
    async close() {
      builder.close();
    },
  };
}
