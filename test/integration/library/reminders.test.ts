// 返却期限通知: the daily job mails one reminder per loan due in exactly the chosen number of
// days, to the ticked destinations; never twice (second run, restart mid-run); a missed day is
// caught up without stale reminders for loans returned or already due.
// The fake clock starts at 2026-01-05 00:00 UTC = 09:00 in Tokyo, after the 07:00 run time.
import { describe, expect, it } from 'vitest';
import { DUE_REMINDER_JOB } from '../../../src-main/library/due-reminders';
import { envPerTest } from '../../fixtures/env-per-test';
import { DAY, HOUR, type LibraryEnv, openLibraryEnv, type TestPatron } from './library-env';

let env: LibraryEnv;
let p: TestPatron;

const file = envPerTest(openLibraryEnv, async (opened) => {
  env = opened;
  p = await env.ready('k1', 'quiet-river-42', 'hanako@example.jp');
  env.setSettings(p, { dueNotice: true, dueNoticeTo: { pc: true, mobile: false }, dueNoticeDays: 1 });
});

const lend = (title: string, dueDate: string, patron = p) => env.lib.loans.lend(patron.accountId, env.item(title), { dueDate });
const reminders = () => env.outbox('library.due_reminder');

describe('which loans are reminded', () => {
  it('mails the loan due in exactly N days, through the registered job, over SMTP', async () => {
    lend('今日が期限', '2026-01-05');
    lend('明日が期限', '2026-01-06', p);
    lend('明後日が期限', '2026-01-07');
    await env.app.jobs.runNow(DUE_REMINDER_JOB);
    expect(reminders().map((r) => r.body.includes('明日が期限'))).toEqual([true]);
    const mail = await env.mail('hanako@example.jp', '返却期限のお知らせ');
    expect(mail.subject).toBe('【窓口e-予約システム】返却期限のお知らせ（令和8年1月6日(火曜日)）');
    expect(mail.text).toContain('・明日が期限');
    expect(mail.text).toContain('返却期限：令和8年1月6日(火曜日)');
  });

  it('follows 1〜7日前', async () => {
    env.setSettings(p, { dueNoticeDays: 7 });
    lend('一週間後', '2026-01-12');
    lend('明日', '2026-01-06');
    await env.lib.reminders.run();
    expect(reminders().map((r) => r.body.includes('一週間後'))).toEqual([true]);
  });

  it('goes to every ticked destination, and to nobody with 停止', async () => {
    env.setSettings(p, { email2: 'keitai@example.ne.jp', email2Kind: 'mobile', dueNoticeTo: { pc: true, mobile: true } });
    const other = await env.register('1970-02-02', 'other@example.jp');
    env.setSettings(other, { dueNotice: false, dueNoticeTo: { pc: true, mobile: false } });
    lend('明日', '2026-01-06');
    lend('明日', '2026-01-06', other);
    await env.lib.reminders.run();
    expect(reminders().map((r) => r.to_address).sort()).toEqual(['hanako@example.jp', 'keitai@example.ne.jp']);
  });

  it('waits for the configured time of day', async () => {
    env.clock.set(Date.UTC(2026, 0, 5, 21, 0)); // 06:00 on the 6th in Tokyo
    lend('期限は7日', '2026-01-07');
    await env.lib.reminders.run();
    expect(reminders().filter((r) => r.body.includes('期限は7日'))).toHaveLength(0);
    env.clock.advance(HOUR);
    await env.lib.reminders.run();
    expect(reminders().filter((r) => r.body.includes('期限は7日'))).toHaveLength(1);
  });

  it('commits chunk by chunk and lets other calls in between', async () => {
    for (const title of ['一冊目', '二冊目', '三冊目']) lend(title, '2026-01-06');
    const running = env.lib.reminders.run(env.clock.now(), 2);
    // The first chunk is committed; the second waits for a turn of the event loop.
    expect(reminders()).toHaveLength(2);
    expect((await env.call('k1', 'library.summary', {})).ok).toBe(true);
    expect((await running).queued).toBe(3);
    expect(reminders()).toHaveLength(3);
  });
});

describe('exactly once', () => {
  it('sends nothing more when the job runs twice', async () => {
    lend('明日', '2026-01-06');
    await env.app.jobs.runNow(DUE_REMINDER_JOB);
    await env.app.jobs.runNow(DUE_REMINDER_JOB);
    env.clock.advance(3 * HOUR);
    await env.app.jobs.runNow(DUE_REMINDER_JOB);
    expect(reminders()).toHaveLength(1);
  });

  it('reminds again after a renewal moves the due date', async () => {
    const loan = lend('明日', '2026-01-06');
    await env.lib.reminders.run();
    env.lib.loans.renew(p.accountId, loan); // due 2026-01-19
    env.clock.set(Date.UTC(2026, 0, 18, 0, 0));
    await env.lib.reminders.run();
    expect(reminders()).toHaveLength(2);
  });

  it('finishes a run cut short by a crash after a restart, without doubling what was sent', async () => {
    const disk = file.disk();
    const { clock } = disk;
    let first = disk.open();
    const patrons = [await first.ready('k1', 'quiet-river-42', 'a@example.jp'), await first.ready('k2', 'quiet-river-42', 'b@example.jp'), await first.ready('k3', 'quiet-river-42', 'c@example.jp'), await first.ready('k4', 'quiet-river-42', 'd@example.jp')];
    for (const x of patrons) {
      first.setSettings(x, { dueNotice: true, dueNoticeTo: { pc: true, mobile: false }, dueNoticeDays: 1 });
      first.lib.loans.lend(x.accountId, first.item('明日'), { dueDate: '2026-01-06' });
    }
    // Chunks of two loans; the machine loses power while the fourth mail, in the second chunk, is
    // being queued: the first chunk stays committed, the second leaves neither log row nor mail.
    const enqueue = first.app.mailer.enqueue.bind(first.app.mailer);
    let calls = 0;
    first.app.mailer.enqueue = (template, request) => {
      if (++calls === 4) throw new Error('power cut');
      return enqueue(template, request);
    };
    await expect(first.lib.reminders.run(clock.now(), 2)).rejects.toThrow('power cut');
    expect(first.outbox('library.due_reminder').map((r) => r.to_address).sort()).toEqual(['a@example.jp', 'b@example.jp']);
    await first.close();

    first = disk.open();
    await first.lib.reminders.run(clock.now(), 2);
    await first.lib.reminders.run();
    expect(first.outbox('library.due_reminder').map((r) => r.to_address).sort()).toEqual(['a@example.jp', 'b@example.jp', 'c@example.jp', 'd@example.jp']);
  });
});

describe('catching up missed days', () => {
  it('covers the days the machine was off, but not returned loans or dates already past', async () => {
    await env.lib.reminders.run(); // the 5th is done
    lend('7日期限（もう期限当日を過ぎた）', '2026-01-07');
    lend('8日期限（7日に送るはずだった）', '2026-01-08');
    lend('9日期限（今日送る）', '2026-01-09');
    const returned = lend('9日期限・返した本', '2026-01-09');
    env.lib.loans.returnLoan(returned);
    env.clock.set(Date.UTC(2026, 0, 8, 0, 0)); // off on the 6th and 7th; 09:00 on the 8th
    const run = await env.lib.reminders.run();
    expect(run.days).toEqual(['2026-01-06', '2026-01-07', '2026-01-08']);
    const bodies = reminders().map((r) => r.body);
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
