// Mails reach a real SMTP server with the stored Message-ID, the 【system name】 subject and an
// intact UTF-8 Japanese body.
import { describe, expect, it } from 'vitest';
import type { Mailbox } from '../../fixtures/smtp-capture';
import { type MailTestEnv, reservationMail, useSmtpMailEnv } from './mail-test-env';

let mailbox: Mailbox;
let env: MailTestEnv;

const file = useSmtpMailEnv((opened, server) => {
  env = opened;
  mailbox = server;
});

describe('SMTP delivery', () => {
  it('sends a Japanese mail with the stored Message-ID, an encoded 【】 subject and a UTF-8 body', async () => {
    const id = await env.mailer.enqueue(reservationMail, {
      to: 'hanako@example.jp',
      locale: 'ja',
      params: { name: '山田 花子', date: '2026年1月12日（月）' },
    });
    const row = await env.outbox.get(id);
    expect(row?.status).toBe('queued');
    expect(row?.messageId).toMatch(/^<[0-9a-f-]{36}@madoguchi\.invalid>$/);

    const report = await env.mailer.deliverDue();
    expect(report).toEqual({ sent: 1, retried: 0, failed: 0 });

    const mail = await mailbox.waitFor({ to: 'hanako@example.jp' });
    expect(mail.messageId).toBe(row?.messageId);
    expect(mail.subject).toBe('【窓口e-予約システム】予約を受け付けました');
    expect(mail.headers.get('from')).toMatchObject({ value: [{ name: 'Madoguchi', address: 'no-reply@madoguchi.invalid' }] });
    expect(mail.headers.get('to')).toMatchObject({ value: [{ address: 'hanako@example.jp' }] });
    expect(mail.to).toEqual(['hanako@example.jp']);
    expect(mail.text).toBe('山田 花子 様\n\n2026年1月12日（月） の予約を受け付けました。\n当日は窓口で受付番号をお伝えください。\n');
    expect(mail.headers.get('content-type')).toEqual({ value: 'text/plain', params: { charset: 'utf-8' } });
    expect(mail.headers.get('date')).toEqual(new Date(env.clock.now()));
    // On the wire the subject is an encoded word, never raw 8-bit text.
    expect(mail.raw).toMatch(/^Subject: =\?UTF-8\?[BQ]\?/im);
    expect(mail.raw).toMatch(/^Message-ID: <[0-9a-f-]{36}@madoguchi\.invalid>\r?$/m);

    const sent = await env.outbox.get(id);
    expect(sent).toMatchObject({ status: 'sent', attempts: 1, sentAt: env.clock.now(), lastError: null });
    expect(env.log.entries.some((e) => e.event === 'mail.sent' && e.detail?.outboxId === id)).toBe(true);
  });

  it('uses the English system name for an English mail', async () => {
    await env.mailer.enqueue(reservationMail, { to: 'john@example.com', locale: 'en', params: { name: 'John Smith', date: '12 January 2026' } });
    await env.mailer.deliverDue();
    const mail = await mailbox.waitFor({ to: 'john@example.com' });
    expect(mail.subject).toBe('【Madoguchi e-Reservation】Your reservation is confirmed');
    expect(mail.text).toContain('Dear John Smith,');
  });

  it('sends nothing that is not due and nothing twice', async () => {
    await env.mailer.enqueue(reservationMail, { to: 'a@example.jp', locale: 'ja', params: { name: 'A', date: '1月5日' } });
    expect(await env.mailer.deliverDue()).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(await env.mailer.deliverDue()).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(mailbox.messages).toHaveLength(1);
  });

  it('never runs two passes at once: concurrent calls deliver each mail exactly once', async () => {
    const ids: number[] = [];
    for (let i = 0; i < 6; i++) {
      ids.push(await env.mailer.enqueue(reservationMail, { to: `user${i}@example.jp`, locale: 'ja', params: { name: `利用者${i}`, date: '1月5日' } }));
    }
    const reports = await Promise.all([env.mailer.deliverDue(), env.mailer.deliverDue(), env.mailer.deliverDue()]);
    // The first call runs a pass; the two that arrive during it share one follow-up pass.
    expect(reports.map((r) => r.sent)).toEqual([ids.length, 0, 0]);
    expect(mailbox.messages).toHaveLength(ids.length);
    const sentIds = new Set(mailbox.messages.map((m) => m.messageId));
    const stored = await Promise.all(ids.map((id) => env.outbox.get(id)));
    expect(sentIds).toEqual(new Set(stored.map((row) => row?.messageId)));
  });

  it('also delivers without the connection pool', async () => {
    env = await file.replace({ pool: false });
    await env.mailer.enqueue(reservationMail, { to: 'nopool@example.jp', locale: 'ja', params: { name: '木村 七子', date: '7月7日' } });
    expect(await env.mailer.deliverDue()).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect((await mailbox.waitFor({ to: 'nopool@example.jp', subject: '予約を受け付けました' })).text).toContain('木村 七子 様');
  });

  it('refuses a recipient that is not one plain address', async () => {
    for (const to of ['', 'no-at-sign', 'a@example.jp\r\nBcc: b@example.jp', 'a@example.jp, b@example.jp']) {
      await expect(env.mailer.enqueue(reservationMail, { to, locale: 'ja', params: { name: 'A', date: '1月5日' } })).rejects.toThrow(TypeError);
    }
  });
});
