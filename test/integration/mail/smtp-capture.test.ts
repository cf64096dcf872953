// The capture server other tests and the e2e harness rely on: waitFor, pause/resume, clear.
import { connect } from 'node:net';
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Mailbox, startMailbox } from '../../fixtures/smtp-capture';

let mailbox: Mailbox;

beforeAll(async () => {
  mailbox = await startMailbox();
});
afterAll(async () => {
  await mailbox.stop();
});

function send(to: string, subject: string) {
  const transport = nodemailer.createTransport({ url: mailbox.url });
  return transport.sendMail({ from: 'sender@example.jp', to, subject, text: '本文です。' }).finally(() => transport.close());
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

describe('SMTP capture server', () => {
  it('listens on 127.0.0.1 and reports its URL', () => {
    expect(mailbox.url).toBe(`smtp://127.0.0.1:${mailbox.port}`);
    expect(mailbox.port).toBeGreaterThan(0);
  });

  it('resolves waitFor for a mail that arrives later, matching recipient and subject', async () => {
    mailbox.clear();
    const waiting = mailbox.waitFor({ to: 'Later@Example.jp', subject: /お知らせ$/ });
    await send('other@example.jp', '別件のお知らせ');
    await send('later@example.jp', '図書館からのお知らせ');
    const mail = await waiting;
    expect(mail).toMatchObject({ to: ['later@example.jp'], subject: '図書館からのお知らせ', text: '本文です。' });
    expect(mail.messageId).toMatch(/^<.+@.+>$/);
    expect(mail.raw).toContain('Message-ID: ');
    expect(mailbox.messages).toHaveLength(2);
  });

  it('rejects waitFor after the timeout, listing what did arrive', async () => {
    mailbox.clear();
    await send('someone@example.jp', 'ご案内');
    await expect(mailbox.waitFor({ to: 'nobody@example.jp' }, 200)).rejects.toThrow(/No mail matching .*nobody@example\.jp.*someone@example\.jp "ご案内"/);
  });

  it('refuses connections while paused and accepts them again on the same port after resume', async () => {
    await mailbox.pause();
    expect(await canConnect(mailbox.port)).toBe(false);
    await expect(send('down@example.jp', '停止中')).rejects.toThrow();
    await mailbox.resume();
    expect(await canConnect(mailbox.port)).toBe(true);
    await send('up@example.jp', '再開');
    expect((await mailbox.waitFor({ to: 'up@example.jp' })).subject).toBe('再開');
  });
});
