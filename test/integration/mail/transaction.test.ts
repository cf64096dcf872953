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

function outboxRows(): number {
  return env.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM outbox').get()?.n ?? -1;
}

describe('enqueue inside the caller’s transaction', () => {
  it('leaves no mail when the transaction rolls back', async () => {
    const change = env.db.transaction(() => {
      env.mailer.enqueue(reservationMail, request);
      expect(outboxRows()).toBe(1);
      throw new Error('the reservation could not be saved');
    });
    expect(() => change()).toThrow('the reservation could not be saved');
    expect(outboxRows()).toBe(0);
    expect(await env.mailer.deliverDue()).toEqual({ sent: 0, retried: 0, failed: 0 });
  });

  it('keeps the mail when the transaction commits', () => {
    const id = env.db.transaction(() => env.mailer.enqueue(reservationMail, request)).immediate();
    expect(outboxRows()).toBe(1);
    expect(env.outbox.get(id)).toMatchObject({ status: 'queued', to: 'tx@example.jp', template: 'test.reservation', locale: 'ja' });
  });

  it('rolls back with a savepoint of a nested transaction and keeps the outer mail', () => {
    const outer = env.db.transaction(() => {
      env.mailer.enqueue(reservationMail, request);
      const inner = env.db.transaction(() => {
        env.mailer.enqueue(reservationMail, { ...request, to: 'inner@example.jp' });
        throw new Error('inner step failed');
      });
      expect(() => inner()).toThrow('inner step failed');
    });
    outer();
    expect(env.db.prepare<[], { to_address: string }>('SELECT to_address FROM outbox').all()).toEqual([{ to_address: 'tx@example.jp' }]);
  });
});
