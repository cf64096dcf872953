// A process restart with mails in the outbox: each one is delivered exactly once, and a mail that
// was in the middle of being sent when the process died goes out again as the identical message.
import { describe, expect, it } from 'vitest';
import type { Mailbox } from '../../fixtures/smtp-capture';
import { type MailTestEnv, reservationMail, useSmtpMailEnv } from './mail-test-env';

let mailbox: Mailbox;
let env: MailTestEnv;

useSmtpMailEnv((opened, server) => {
  env = opened;
  mailbox = server;
});

function enqueue(to: string): Promise<number> {
  return env.mailer.enqueue(reservationMail, { to, locale: 'ja', params: { name: '鈴木 次郎', date: '2月3日' } });
}

function copiesOf(messageId: string | undefined): number {
  return mailbox.messages.filter((m) => m.messageId === messageId).length;
}

// What a crash right after the server accepted the mail leaves behind: the row is still 'sending'.
async function leaveInSending(id: number): Promise<void> {
  await env.store.run("UPDATE outbox SET status = 'sending', sent_at = NULL WHERE id = ?", [id]);
}

describe('restart', () => {
  it('delivers each queued mail exactly once after a restart', async () => {
    const ids = [await enqueue('a@example.jp'), await enqueue('b@example.jp'), await enqueue('c@example.jp')];
    const messageIds = (await Promise.all(ids.map((id) => env.outbox.get(id)))).map((r) => r?.messageId);

    await env.reopen();
    expect(await env.mailer.deliverDue()).toEqual({ sent: 3, retried: 0, failed: 0 });
    await env.reopen();
    expect(await env.mailer.deliverDue()).toEqual({ sent: 0, retried: 0, failed: 0 });

    expect(mailbox.messages).toHaveLength(3);
    for (const messageId of messageIds) expect(copiesOf(messageId)).toBe(1);
    expect((await Promise.all(ids.map((id) => env.outbox.get(id)))).map((r) => r?.status)).toEqual(['sent', 'sent', 'sent']);
  });

  it('sends a mail left in "sending" by a crash after the restart', async () => {
    const id = await enqueue('stuck@example.jp');
    expect(await env.outbox.markSending(id)).toBe(true);

    await env.reopen();
    expect(await env.mailer.deliverDue()).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(await env.mailer.deliverDue()).toEqual({ sent: 0, retried: 0, failed: 0 });
    const row = await env.outbox.get(id);
    expect(row).toMatchObject({ status: 'sent', attempts: 2 });
    expect(copiesOf(row?.messageId)).toBe(1);
  });

  it('resends the identical message, never a different one, when the crash came after the server accepted it', async () => {
    const id = await enqueue('twice@example.jp');
    await env.mailer.deliverDue();
    await leaveInSending(id);
    env.clock.advance(90_000);

    await env.reopen();
    expect(await env.mailer.deliverDue()).toEqual({ sent: 1, retried: 0, failed: 0 });
    const [first, second] = mailbox.messages;
    expect(mailbox.messages).toHaveLength(2);
    expect(second?.messageId).toBe(first?.messageId);
    // Same Message-ID, Date, subject and body: the receiver sees one message delivered twice.
    expect(second?.raw).toBe(first?.raw);
  });
});
