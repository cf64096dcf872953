// A crash in the middle of a delivery pass: the process dies while the server is taking a mail,
// after it has delivered N others of the same batch. Each delivered mail was marked sent on its
// own, so the restarted worker sends the rest and resends only what was in flight (one per
// connection) — never the N already delivered (an earlier version resent a whole batch: 53 mails).
import { describe, expect, it } from 'vitest';
import { createDelivery } from '../../../src-main/mail/delivery';
import { Outbox } from '../../../src-main/mail/outbox';
import type { MailTransport, OutgoingMail } from '../../../src-main/mail/transport';
import { type MailTestEnv, openMailTestEnv, reservationMail } from './mail-test-env';

/** Takes `delivered` mails, then hangs on every later one: the process died mid-send. */
function dyingTransport(delivered: number) {
  const sent: string[] = [];
  let died!: () => void;
  const death = new Promise<void>((resolve) => {
    died = resolve;
  });
  const transport: MailTransport = {
    kind: 'smtp',
    send(mail: OutgoingMail) {
      sent.push(mail.messageId);
      if (sent.length <= delivered) return Promise.resolve();
      died();
      return new Promise<void>(() => undefined);
    },
    close: () => Promise.resolve(),
  };
  return { transport, sent, death };
}

function recordingTransport() {
  const sent: string[] = [];
  const transport: MailTransport = {
    kind: 'smtp',
    send(mail: OutgoingMail) {
      sent.push(mail.messageId);
      return Promise.resolve();
    },
    close: () => Promise.resolve(),
  };
  return { transport, sent };
}

function worker(env: MailTestEnv, outbox: Outbox, transport: MailTransport, concurrency: number) {
  return createDelivery({ outbox, transport, clock: env.clock, log: env.log, from: env.config.mail.from, secrets: [], concurrency });
}

async function crashAfter(delivered: number, mails: number, concurrency: number) {
  const env = await openMailTestEnv({});
  try {
    for (let i = 0; i < mails; i++) {
      await env.mailer.enqueue(reservationMail, { to: `p${i}@example.jp`, locale: 'ja', params: { name: `利用者${i}`, date: '1月5日' } });
    }
    const first = dyingTransport(delivered);
    void worker(env, new Outbox(env.store, env.config.terminal.name, env.clock), first.transport, concurrency).deliverDue();
    await first.death;
    // Give the other connections of the pass their turn to start a send before the "kill".
    await new Promise((resolve) => setTimeout(resolve, 50));

    await env.reopen();
    const second = recordingTransport();
    const report = await worker(env, env.outbox, second.transport, concurrency).deliverDue();
    const all = [...first.sent, ...second.sent];
    const statuses = await env.store.all<{ status: string }>('SELECT DISTINCT status FROM outbox');
    return { first: first.sent, second: second.sent, report, resent: all.length - new Set(all).size, distinct: new Set(all).size, statuses };
  } finally {
    await env.close();
  }
}

describe('a crash during delivery', () => {
  it('with one connection, resends only the mail that was in flight', async () => {
    const run = await crashAfter(53, 60, 1);
    expect(run.first).toHaveLength(54);
    expect(run.report).toEqual({ sent: 7, retried: 0, failed: 0 });
    expect(run.second).toHaveLength(7);
    expect(run.resent).toBe(1);
    expect(run.second).toContain(run.first[53]);
    expect(run.distinct).toBe(60);
    expect(run.statuses).toEqual([{ status: 'sent' }]);
  });

  it('with a pool of four, resends at most the four in flight', async () => {
    const run = await crashAfter(53, 60, 4);
    expect(run.resent).toBeGreaterThanOrEqual(1);
    expect(run.resent).toBeLessThanOrEqual(4);
    expect(run.distinct).toBe(60);
    // Nothing delivered before the crash goes out again.
    expect(run.second.filter((id) => run.first.slice(0, 53).includes(id))).toEqual([]);
    expect(run.statuses).toEqual([{ status: 'sent' }]);
  });
});
