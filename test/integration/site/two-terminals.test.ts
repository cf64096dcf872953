// Several terminals, one PostgreSQL store: two app instances (a kiosk and a counter PC, as two
// machines of a site would run them) on one real database. Runs when MADOGUCHI_TEST_POSTGRES_URL
// names a server (.ci/run starts one); the fault test starts a private cluster of its own.
import { afterEach, describe, expect, it } from 'vitest';
import { testMail } from '../../../src-main/mail/templates/test-mail';
import { DEMO_NEW_PATRON, DEMO_PATRON, DUE_REMINDER_JOB } from '../../../src-main/library';
import { type Mailbox, startMailbox } from '../../fixtures/smtp-capture';
import { createTestDatabase, postgresTestUrl, type TestDatabase } from '../../fixtures/postgres-db';
import { type TempApp, tempApp } from '../../fixtures/temp-app';

const serverUrl = postgresTestUrl();
const ADMIN = { staffId: 'A0001', pin: 'kanri2468', confirmPin: 'kakunin1357' };

describe.runIf(serverUrl)('two terminals on one PostgreSQL store', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c().catch(() => {});
  });

  async function site(options: { mailbox?: Mailbox } = {}): Promise<{ db: TestDatabase; kiosk: TempApp; counter: TempApp }> {
    const db = await createTestDatabase();
    cleanups.push(db.drop);
    const mail = options.mailbox ? { smtpUrl: options.mailbox.url } : {};
    // The kiosk starts first on the empty database and loads the demo data; the counter PC finds
    // accounts there and loads nothing.
    const kiosk = await tempApp({ demoData: true, mode: 'kiosk', terminal: { name: 'kiosk-1' }, mail, citizen: { evenAnswerMs: 0 } }, { storeUrl: db.url });
    cleanups.push(() => kiosk.close());
    const counter = await tempApp({ demoData: true, mode: 'counter', terminal: { name: 'counter-1' }, mail, citizen: { evenAnswerMs: 0 } }, { storeUrl: db.url, clock: kiosk.clock });
    cleanups.push(() => counter.close());
    return { db, kiosk, counter };
  }

  async function adminAt(app: TempApp, terminal: string): Promise<void> {
    await app.ok(terminal, 'staff.login', { staffId: ADMIN.staffId, pin: ADMIN.pin });
  }

  it('registers both terminals with their roles', async () => {
    const { kiosk } = await site();
    const rows = await kiosk.app.store.all<{ name: string; role: string }>('SELECT name, role FROM terminals ORDER BY name');
    expect(rows).toEqual([
      { name: 'counter-1', role: 'counter' },
      { name: 'kiosk-1', role: 'kiosk' },
    ]);
  });

  it('never books more than the capacity when 200 attempts for the last places come from two terminals', async () => {
    const { kiosk, counter } = await site();
    const slot = await kiosk.app.store.get<{ id: number }>(
      `SELECT s.id FROM reservation_slots s JOIN reservation_forms f ON f.id = s.form_id
       WHERE f.series = 0 AND s.booked = 0 AND s.starts_at > ? ORDER BY s.starts_at LIMIT 1`,
      [kiosk.clock.now() + 24 * 60 * 60_000],
    );
    const slotId = slot?.id ?? 0;
    await kiosk.app.store.run('UPDATE reservation_slots SET capacity = 7 WHERE id = ?', [slotId]);
    const attempt = (app: TempApp, i: number) =>
      app.call(`${app === kiosk ? 'k' : 'c'}-${i}`, 'city.reserve', { name: `来庁 ${i}`, phone: '0766516600', email: `p${i}@example.jp`, slotId });
    const results = await Promise.all(Array.from({ length: 200 }, (_, i) => attempt(i % 2 ? kiosk : counter, i)));
    const won = results.filter((r) => r.ok);
    expect(won).toHaveLength(7);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.error.code)).toEqual(Array(193).fill('full'));
    const check = await kiosk.app.store.get<{ booked: number; capacity: number; active: number; mails: number }>(
      `SELECT booked, capacity,
              (SELECT count(*) FROM reservations WHERE slot_id = s.id AND status = 'active') AS active,
              (SELECT count(*) FROM outbox WHERE to_address LIKE 'p%@example.jp') AS mails
       FROM reservation_slots s WHERE id = ?`,
      [slotId],
    );
    expect(check).toEqual({ booked: 7, capacity: 7, active: 7, mails: 7 });
    expect((await counter.app.services.audit.verify()).ok).toBe(true);
  });

  it('a lock caused at the kiosk is seen at the counter, and the counter’s unlock lets the patron in at the kiosk', async () => {
    const { kiosk, counter } = await site();
    // The new demo patron still has the MMDD password: 3 failures lock it.
    for (let i = 0; i < 3; i++) {
      const wrong = await kiosk.call('kiosk-1/w1', 'library.login', { cardNumber: DEMO_NEW_PATRON.cardNumber, password: '9999' });
      expect(wrong).toEqual({ ok: false, error: { code: 'login_failed' } });
    }
    const seen = await counter.app.services.accounts.findByLogin('patron', DEMO_NEW_PATRON.cardNumber);
    expect(seen?.locked).toBe(true);
    const right = await kiosk.call('kiosk-1/w1', 'library.login', { cardNumber: DEMO_NEW_PATRON.cardNumber, password: DEMO_NEW_PATRON.initialPassword });
    expect(right.ok).toBe(false);

    await adminAt(counter, 'counter-1/w1');
    await counter.ok('counter-1/w1', 'admin.accounts.unlock', { accountId: seen?.id ?? 0, confirmPin: ADMIN.confirmPin });
    const after = await kiosk.call('kiosk-1/w1', 'library.login', { cardNumber: DEMO_NEW_PATRON.cardNumber, password: DEMO_NEW_PATRON.initialPassword });
    expect(after.ok).toBe(true);
  });

  it('事故登録 at the counter ends that person’s session on the kiosk at once', async () => {
    const { kiosk, counter } = await site();
    await kiosk.ok('kiosk-1/w1', 'library.login', { cardNumber: DEMO_PATRON.cardNumber, password: DEMO_PATRON.password });
    expect((await kiosk.call('kiosk-1/w1', 'library.summary', {})).ok).toBe(true);
    const patron = await counter.app.services.accounts.findByLogin('patron', DEMO_PATRON.cardNumber);
    await adminAt(counter, 'counter-1/w1');
    await counter.ok('counter-1/w1', 'admin.accounts.setAccident', { accountId: patron?.id ?? 0, reason: 'カード紛失', confirmPin: ADMIN.confirmPin });
    const next = await kiosk.call('kiosk-1/w1', 'library.summary', {});
    expect(next.ok).toBe(false);
    expect(await kiosk.app.store.get('SELECT * FROM sessions WHERE account_id = ?', [patron?.id ?? 0])).toBeUndefined();
  });

  it('two terminals’ workers drain 1,000 mails: none lost, none sent twice', async () => {
    const mailbox = await startMailbox();
    cleanups.push(() => mailbox.stop());
    const { kiosk, counter } = await site({ mailbox });
    await kiosk.app.store.transaction(async () => {
      for (let i = 0; i < 1000; i++) await kiosk.app.mailer.enqueue(testMail, { to: `m${i}@example.jp`, locale: 'ja', params: { sentAt: String(i) } });
    });
    const drain = async (app: TempApp) => {
      for (let round = 0; round < 200; round++) {
        const report = await app.app.mailer.deliverDue();
        if (report.sent + report.retried + report.failed === 0) return;
      }
    };
    const started = Date.now();
    await Promise.all([drain(kiosk), drain(counter), drain(kiosk), drain(counter)]);
    console.log(`1000 mails by two workers: ${Date.now() - started} ms`);
    // The demo data set queues mails of its own; these are the thousand of this test.
    const ours = mailbox.messages.filter((m) => m.to.some((to) => /^m\d+@example\.jp$/.test(to)));
    const byId = new Map<string, number>();
    for (const m of ours) byId.set(m.messageId, (byId.get(m.messageId) ?? 0) + 1);
    const recipients = new Set(ours.flatMap((m) => m.to));
    expect(ours).toHaveLength(1000);
    expect([...byId.values()].every((n) => n === 1)).toBe(true);
    expect(recipients.size).toBe(1000);
    const states = await kiosk.app.store.all<{ status: string; n: number }>("SELECT status, count(*) AS n FROM outbox WHERE template = 'mail.test' GROUP BY status");
    expect(states).toEqual([{ status: 'sent', n: 1000 }]);
    expect(mailbox.messages).toHaveLength(byId.size + (mailbox.messages.length - ours.length));
  }, 120_000);

  it('the reminder job started on both terminals at once sends each reminder once', async () => {
    const { kiosk, counter } = await site();
    const patron = await kiosk.app.services.accounts.findByLogin('patron', DEMO_PATRON.cardNumber);
    await kiosk.app.store.run('UPDATE patrons SET due_notice = 1, due_notice_to = 1, due_notice_days = 1 WHERE account_id = ?', [patron?.id ?? 0]);
    const job = (app: TempApp) => {
      const found = app.app.services.library.jobs().find((j) => j.name === DUE_REMINDER_JOB);
      if (!found) throw new Error('no reminder job');
      return found.run(app.clock.now());
    };
    await Promise.all([job(kiosk), job(counter), job(kiosk), job(counter)]);
    // And the runs themselves, unguarded by the daily claim, overlapping on two terminals.
    await Promise.all([kiosk.app.services.library.reminders.run(), counter.app.services.library.reminders.run()]);
    const reminders = await kiosk.app.store.all<{ to_address: string }>("SELECT to_address FROM outbox WHERE template = 'library.due_reminder'");
    expect(reminders).toHaveLength(1);
    const claims = await kiosk.app.store.all<{ terminal: string }>('SELECT terminal FROM job_runs WHERE job = ?', [DUE_REMINDER_JOB]);
    expect(claims).toHaveLength(1);
  });
});
