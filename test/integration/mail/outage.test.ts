// The SMTP server goes away: mails stay queued with the error, are retried on the 1-2-4… minute
// schedule, go out once the server is back, and are marked failed after 24 hours of failures.
import { describe, expect, it } from 'vitest';
import { GIVE_UP_AFTER_MS } from '../../../src-main/mail/backoff';
import type { Mailbox } from '../../fixtures/smtp-capture';
import { type MailTestEnv, reservationMail, useSmtpMailEnv } from './mail-test-env';

const MINUTE = 60_000;

let mailbox: Mailbox;
let env: MailTestEnv;

useSmtpMailEnv((opened, server) => {
  env = opened;
  mailbox = server;
});

function enqueue(to: string): Promise<number> {
  return env.mailer.enqueue(reservationMail, { to, locale: 'ja', params: { name: '佐藤 一郎', date: '1月20日' } });
}

describe('SMTP outage', () => {
  it('keeps the mail queued with the error, backs off 1, 2, 4 minutes, and delivers it once the server is back', async () => {
    // A pooled connection is open before the outage, as it would be on a running kiosk.
    await enqueue('before@example.jp');
    expect(await env.mailer.deliverDue()).toEqual({ sent: 1, retried: 0, failed: 0 });
    await mailbox.pause();

    const id = await enqueue('during@example.jp');
    const start = env.clock.now();
    expect(await env.mailer.deliverDue()).toEqual({ sent: 0, retried: 1, failed: 0 });
    let row = await env.outbox.get(id);
    expect(row).toMatchObject({ status: 'queued', attempts: 1, nextAttemptAt: start + MINUTE });
    expect(row?.lastError).toMatch(/^E[A-Z]+/);
    expect(row?.lastError?.length).toBeLessThanOrEqual(200);

    // Not due yet: nothing is tried.
    env.clock.advance(MINUTE - 1);
    expect(await env.mailer.deliverDue()).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect((await env.outbox.get(id))?.attempts).toBe(1);

    env.clock.advance(1);
    expect(await env.mailer.deliverDue()).toEqual({ sent: 0, retried: 1, failed: 0 });
    expect(await env.outbox.get(id)).toMatchObject({ status: 'queued', attempts: 2, nextAttemptAt: env.clock.now() + 2 * MINUTE });

    env.clock.advance(2 * MINUTE);
    expect(await env.mailer.deliverDue()).toEqual({ sent: 0, retried: 1, failed: 0 });
    expect(await env.outbox.get(id)).toMatchObject({ status: 'queued', attempts: 3, nextAttemptAt: env.clock.now() + 4 * MINUTE });

    await mailbox.resume();
    env.clock.advance(4 * MINUTE);
    expect(await env.mailer.deliverDue()).toEqual({ sent: 1, retried: 0, failed: 0 });
    row = await env.outbox.get(id);
    expect(row).toMatchObject({ status: 'sent', attempts: 4, sentAt: env.clock.now() });
    // The last error stays for the mail log.
    expect(row?.lastError).toMatch(/^E[A-Z]+/);

    const delivered = mailbox.messages.filter((m) => m.messageId === row?.messageId);
    expect(delivered).toHaveLength(1);
    // Sent with the Date of its enqueue time, not of the successful try.
    expect(delivered[0]?.headers.get('date')).toEqual(new Date(start));
    expect(env.log.entries.filter((e) => e.event === 'mail.retry' && e.detail?.outboxId === id)).toHaveLength(3);
  });

  it('tries one mail per pass while the server cannot be reached, then all of them once it is back', async () => {
    await mailbox.pause();
    const ids = [await enqueue('one@example.jp'), await enqueue('two@example.jp'), await enqueue('three@example.jp')];
    expect(await env.mailer.deliverDue()).toEqual({ sent: 0, retried: 1, failed: 0 });
    expect((await Promise.all(ids.map((id) => env.outbox.get(id)))).map((r) => r?.attempts)).toEqual([1, 0, 0]);

    await mailbox.resume();
    expect(await env.mailer.deliverDue()).toEqual({ sent: 2, retried: 0, failed: 0 });
    env.clock.advance(MINUTE);
    expect(await env.mailer.deliverDue()).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect((await Promise.all(ids.map((id) => env.outbox.get(id)))).map((r) => r?.status)).toEqual(['sent', 'sent', 'sent']);
    expect(mailbox.messages.map((m) => m.to[0]).sort()).toEqual(['one@example.jp', 'three@example.jp', 'two@example.jp']);
  });

  it('marks the mail failed after 24 hours of failures; retry puts it back and it is delivered', async () => {
    await mailbox.pause();
    const id = await enqueue('later@example.jp');
    const queuedAt = env.clock.now();

    let tries = 0;
    for (;;) {
      const report = await env.mailer.deliverDue();
      tries++;
      const row = await env.outbox.get(id);
      if (report.failed === 1) {
        expect(row?.status).toBe('failed');
        break;
      }
      expect(row?.status).toBe('queued');
      expect(row?.nextAttemptAt).toBeLessThanOrEqual(queuedAt + GIVE_UP_AFTER_MS);
      env.clock.set(row?.nextAttemptAt ?? Number.NaN);
      expect(tries).toBeLessThan(100);
    }
    // Tries at 0, 1, 3, 7, 15, 31, 63 minutes, then hourly, the last one exactly at 24 h.
    expect(env.clock.now()).toBe(queuedAt + GIVE_UP_AFTER_MS);
    expect(tries).toBe(30);
    const failed = await env.outbox.get(id);
    expect(failed).toMatchObject({ status: 'failed', attempts: 30, sentAt: null });
    expect(failed?.lastError).toMatch(/^E[A-Z]+/);
    expect(env.log.entries.some((e) => e.level === 'error' && e.event === 'mail.failed' && e.detail?.outboxId === id)).toBe(true);

    // A failed mail is never tried again on its own.
    env.clock.advance(7 * 24 * 60 * MINUTE);
    expect(await env.mailer.deliverDue()).toEqual({ sent: 0, retried: 0, failed: 0 });

    expect(await env.mailer.retry(id)).toBe(true);
    expect(await env.outbox.get(id)).toMatchObject({ status: 'queued', attempts: 0, nextAttemptAt: env.clock.now(), queuedAt: env.clock.now() });
    // Only a failed mail can be put back.
    expect(await env.mailer.retry(id)).toBe(false);

    await mailbox.resume();
    expect(await env.mailer.deliverDue()).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect((await env.outbox.get(id))?.status).toBe('sent');
    expect(mailbox.messages.filter((m) => m.messageId === failed?.messageId)).toHaveLength(1);
    expect(await env.mailer.retry(id)).toBe(false);
  });

  it('gives a retried mail a fresh 24-hour window', async () => {
    await mailbox.pause();
    const id = await enqueue('again@example.jp');
    env.clock.advance(GIVE_UP_AFTER_MS);
    expect(await env.mailer.deliverDue()).toEqual({ sent: 0, retried: 0, failed: 1 });
    expect(await env.mailer.retry(id)).toBe(true);
    expect(await env.mailer.deliverDue()).toEqual({ sent: 0, retried: 1, failed: 0 });
    expect(await env.outbox.get(id)).toMatchObject({ status: 'queued', attempts: 1, nextAttemptAt: env.clock.now() + MINUTE });
  });
});
