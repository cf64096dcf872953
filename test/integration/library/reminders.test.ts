// 返却期限通知: the daily job mails one reminder per loan due in exactly the chosen number of
// days, to the ticked destinations; never twice (second run, restart mid-run); a missed day is
// caught up without stale reminders for loans returned or already due.
// The fake clock starts at 2026-01-05 00:00 UTC = 09:00 in Tokyo, after the 07:00 run time.
import { describe, expect, it, vi } from 'vitest';
import { DUE_REMINDER_JOB } from '../../../src-main/library';
import { envPerTest } from '../../fixtures/env-per-test';
import { DAY, HOUR, type LibraryEnv, openLibraryEnv, type TestPatron } from './library-env';

let env: LibraryEnv;
let p: TestPatron;

const file = envPerTest(openLibraryEnv, async (opened) => {
  env = opened;
  p = await env.ready('k1', 'quiet-river-42', 'hanako@example.jp');
  await env.setSettings(p, { dueNotice: true, dueNoticeTo: { pc: true, mobile: false }, dueNoticeDays: 1 });
});

const lend = async (title: string, dueDate: string, patron = p) => env.lib.loans.lend(patron.accountId, await env.item(title), { dueDate });
const reminders = () => env.outbox('library.due_reminder');

describe('which loans are reminded', () => {
  it('mails the loan due in exactly N days, through the registered job, over SMTP', async () => {
    await lend('今日が期限', '2026-01-05');
    await lend('明日が期限', '2026-01-06', p);
    await lend('明後日が期限', '2026-01-07');
    await env.app.jobs.runNow(DUE_REMINDER_JOB);
    expect((await reminders()).map((r) => r.body.includes('明日が期限'))).toEqual([true]);
    const mail = await env.mail('hanako@example.jp', '返却期限のお知らせ');
    expect(mail.subject).toBe('【窓口e-予約システム】返却期限のお知らせ（令和8年1月6日(火曜日)）');
    expect(mail.text).toContain('・明日が期限');
    expect(mail.text).toContain('返却期限：令和8年1月6日(火曜日)');
  });

  it('follows 1〜7日前', async () => {
    await env.setSettings(p, { dueNoticeDays: 7 });
    await lend('一週間後', '2026-01-12');
    await lend('明日', '2026-01-06');
    await env.lib.reminders.run();
    expect((await reminders()).map((r) => r.body.includes('一週間後'))).toEqual([true]);
  });

  it('goes to every ticked destination, and to nobody with 停止', async () => {
    await env.setSettings(p, { email2: 'keitai@example.ne.jp', email2Kind: 'mobile', dueNoticeTo: { pc: true, mobile: true } });
    const other = await env.register('1970-02-02', 'other@example.jp');
    await env.setSettings(other, { dueNotice: false, dueNoticeTo: { pc: true, mobile: false } });
    await lend('明日', '2026-01-06');
    await lend('明日', '2026-01-06', other);
    await env.lib.reminders.run();
    expect((await reminders()).map((r) => r.to_address).sort()).toEqual(['hanako@example.jp', 'keitai@example.ne.jp']);
  });

  it('waits for the configured time of day', async () => {
    env.clock.set(Date.UTC(2026, 0, 5, 21, 0)); // 06:00 on the 6th in Tokyo
    await lend('期限は7日', '2026-01-07');
    await env.lib.reminders.run();
    expect((await reminders()).filter((r) => r.body.includes('期限は7日'))).toHaveLength(0);
    env.clock.advance(HOUR);
    await env.lib.reminders.run();
    expect((await reminders()).filter((r) => r.body.includes('期限は7日'))).toHaveLength(1);
  });

  it('commits chunk by chunk and lets other calls in between', async () => {
    for (const title of ['一冊目', '二冊目', '三冊目']) await lend(title, '2026-01-06');
    let done = false;
    const running = env.lib.reminders
      .run(env.clock.now(), 2)
      .finally(() => {
        done = true;
      });
    // Callers outside the run, while it goes on: a patron's call is answered, and the outbox is
    // read between the chunks — the first chunk committed, the second not yet begun.
    const summary = env.call('k1', 'library.summary', {});
    const seen = new Set<number>();
    while (!done) {
      seen.add((await reminders()).length);
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect((await summary).ok).toBe(true);
    // A chunk commits whole: never one reminder of a chunk of two.
    expect([...seen].filter((n) => n === 1)).toEqual([]);
    // On SQLite the reads queue behind each chunk's transaction, so the moment between chunks is
    // always seen; on PostgreSQL the reads run beside the run and may miss that moment.
    if (env.app.store.kind === 'sqlite') expect(seen.has(2)).toBe(true);
    expect((await running).queued).toBe(3);
    expect(await reminders()).toHaveLength(3);
  });
});

describe('exactly once', () => {
  it('sends nothing more when the job runs twice', async () => {
    await lend('明日', '2026-01-06');
    await env.app.jobs.runNow(DUE_REMINDER_JOB);
    await env.app.jobs.runNow(DUE_REMINDER_JOB);
    env.clock.advance(3 * HOUR);
    await env.app.jobs.runNow(DUE_REMINDER_JOB);
    expect(await reminders()).toHaveLength(1);
  });

  it('sends each reminder once when two runs overlap', async () => {
    const other = await env.register('1970-02-02', 'other@example.jp');
    await env.setSettings(other, { dueNotice: true, dueNoticeTo: { pc: true, mobile: false }, dueNoticeDays: 1 });
    for (const title of ['一冊目', '二冊目', '三冊目']) await lend(title, '2026-01-06');
    await lend('四冊目', '2026-01-06', other);
    // Chunks of one loan, so the two runs take turns loan by loan; both read the same candidates
    // before either has logged any.
    const runs = await Promise.all([env.lib.reminders.run(env.clock.now(), 1), env.lib.reminders.run(env.clock.now(), 1)]);
    expect(runs.map((r) => r.queued).reduce((a, b) => a + b)).toBe(4);
    const sent = await reminders();
    expect(sent.map((r) => r.to_address).sort()).toEqual(['hanako@example.jp', 'hanako@example.jp', 'hanako@example.jp', 'other@example.jp']);
    for (const title of ['一冊目', '二冊目', '三冊目', '四冊目']) expect(sent.filter((r) => r.body.includes(title))).toHaveLength(1);
    expect(await env.app.store.get<{ n: number }>('SELECT count(*) AS n FROM reminder_log')).toEqual({ n: 4 });
  });

  it('runs the scheduled job once per library day, however many terminals start it', async () => {
    await lend('明日', '2026-01-06');
    const run = vi.spyOn(env.lib.reminders, 'run');
    const job = env.lib.jobs().find((j) => j.name === DUE_REMINDER_JOB);
    if (!job) throw new Error('no reminder job');
    // Two schedulers (two terminals on one store) start the job at the same moment.
    await Promise.all([job.run(env.clock.now()), job.run(env.clock.now())]);
    expect(run).toHaveBeenCalledTimes(1);
    expect(await reminders()).toHaveLength(1);
    // The next library day is a new claim.
    env.clock.advance(DAY);
    await job.run(env.clock.now());
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('reminds again after a renewal moves the due date', async () => {
    const loan = await lend('明日', '2026-01-06');
    await env.lib.reminders.run();
    await env.lib.loans.renew(p.accountId, loan); // due 2026-01-19
    env.clock.set(Date.UTC(2026, 0, 18, 0, 0));
    await env.lib.reminders.run();
    expect(await reminders()).toHaveLength(2);
  });

  it('finishes a run cut short by a crash after a restart, without doubling what was sent', async () => {
    const disk = file.disk();
    const { clock } = disk;
    let first = await disk.open();
    const patrons = [await first.ready('k1', 'quiet-river-42', 'a@example.jp'), await first.ready('k2', 'quiet-river-42', 'b@example.jp'), await first.ready('k3', 'quiet-river-42', 'c@example.jp'), await first.ready('k4', 'quiet-river-42', 'd@example.jp')];
    for (const x of patrons) {
      await first.setSettings(x, { dueNotice: true, dueNoticeTo: { pc: true, mobile: false }, dueNoticeDays: 1 });
      await first.lib.loans.lend(x.accountId, await first.item('明日'), { dueDate: '2026-01-06' });
    }
    // Chunks of two loans; the machine loses power while the fourth mail, in the second chunk, is
    // being queued: the first chunk stays committed, the second leaves neither log row nor mail.
    const enqueue = first.app.mailer.enqueue.bind(first.app.mailer);
    let calls = 0;
    first.app.mailer.enqueue = async (template, request) => {
      if (++calls === 4) throw new Error('power cut');
      return enqueue(template, request);
    };
    await expect(first.lib.reminders.run(clock.now(), 2)).rejects.toThrow('power cut');
    expect((await first.outbox('library.due_reminder')).map((r) => r.to_address).sort()).toEqual(['a@example.jp', 'b@example.jp']);
    await first.close();

    first = await disk.open();
    await first.lib.reminders.run(clock.now(), 2);
    await first.lib.reminders.run();
    expect((await first.outbox('library.due_reminder')).map((r) => r.to_address).sort()).toEqual(['a@example.jp', 'b@example.jp', 'c@example.jp', 'd@example.jp']);
  });
});

describe('catching up missed days', () => {
  it('covers the days the machine was off, but not returned loans or dates already past', async () => {
    await env.lib.reminders.run(); // the 5th is done
    await lend('7日期限（もう期限当日を過ぎた）', '2026-01-07');
    await lend('8日期限（7日に送るはずだった）', '2026-01-08');
    await lend('9日期限（今日送る）', '2026-01-09');
    const returned = await lend('9日期限・返した本', '2026-01-09');
    await env.lib.loans.returnLoan(returned);
    env.clock.set(Date.UTC(2026, 0, 8, 0, 0)); // off on the 6th and 7th; 09:00 on the 8th
    const run = await env.lib.reminders.run();
    expect(run.days).toEqual(['2026-01-06', '2026-01-07', '2026-01-08']);
    const bodies = (await reminders()).map((r) => r.body);
    expect(bodies.some((b) => b.includes('8日期限'))).toBe(true);
    expect(bodies.some((b) => b.includes('9日期限（今日送る）'))).toBe(true);
    expect(bodies.some((b) => b.includes('7日期限'))).toBe(false);
    expect(bodies.some((b) => b.includes('返した本'))).toBe(false);
    expect(bodies).toHaveLength(2);
  });

  it('looks back at most a week', async () => {
    await env.lib.reminders.run();
    env.clock.advance(30 * DAY);
    expect((await env.lib.reminders.run()).days).toHaveLength(7);
  });
});
