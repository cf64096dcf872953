// Transactional outbox: the mail exists if and only if the change that caused it committed.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type MailTestEnv, openMailTestEnv, reservationMail } from './mail-test-env';

let env: MailTestEnv;

beforeEach(async () => {
  env = await openMailTestEnv({});
});
afterEach(async () => {
  await env.close();
});

const request = { to: 'tx@example.jp', locale: 'ja', params: { name: '高橋 三郎', date: '3月1日' } } as const;

async function outboxRows(): Promise<number> {
  return (await env.store.get<{ n: number }>('SELECT count(*) AS n FROM outbox'))?.n ?? -1;
}

describe('enqueue inside the caller’s transaction', () => {
  it('leaves no mail when the transaction rolls back', async () => {
    const change = env.store.transaction(async () => {
      await env.mailer.enqueue(reservationMail, request);
      expect(await outboxRows()).toBe(1);
      throw new Error('the reservation could not be saved');
    });
    await expect(change).rejects.toThrow('the reservation could not be saved');
    expect(await outboxRows()).toBe(0);
    expect(await env.mailer.deliverDue()).toEqual({ sent: 0, retried: 0, failed: 0 });
  });

  it('keeps the mail when the transaction commits', async () => {
    const id = await env.store.transaction(() => env.mailer.enqueue(reservationMail, request));
    expect(await outboxRows()).toBe(1);
    expect(await env.outbox.get(id)).toMatchObject({ status: 'queued', to: 'tx@example.jp', template: 'test.reservation', locale: 'ja' });
  });

  // The store has no savepoints: a nested transaction is part of the outer one, so its mail
  // commits or rolls back with the outer change, never on its own.
  it('joins a nested transaction to the outer one: its mail goes with the outer rollback', async () => {
    const outer = env.store.transaction(async () => {
      await env.mailer.enqueue(reservationMail, request);
      await env.store.transaction(() => env.mailer.enqueue(reservationMail, { ...request, to: 'inner@example.jp' }));
      expect(await outboxRows()).toBe(2);
      throw new Error('outer step failed');
    });
    await expect(outer).rejects.toThrow('outer step failed');
    expect(await outboxRows()).toBe(0);
  });

  it('joins a nested transaction to the outer one: both mails commit together', async () => {
    await env.store.transaction(async () => {
      await env.mailer.enqueue(reservationMail, request);
      await env.store.transaction(() => env.mailer.enqueue(reservationMail, { ...request, to: 'inner@example.jp' }));
    });
    const rows = await env.store.all<{ to_address: string }>('SELECT to_address FROM outbox ORDER BY id');
    expect(rows).toEqual([{ to_address: 'tx@example.jp' }, { to_address: 'inner@example.jp' }]);
  });
});
