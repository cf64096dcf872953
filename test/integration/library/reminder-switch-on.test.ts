// 返却期限通知 switched on in 利用者情報変更 after the day's run: the run looked at the patron while
// it was off, and the next run looks only at later send days, so a book due within the chosen
// 日前 would get no reminder at all. Saving the settings sends what that run would have sent —
// once: the job running again, a second save or turning it off and on again send nothing more.
// The fake clock starts at 2026-01-05 00:00 UTC = 09:00 in Tokyo, after the 07:00 run time.
import { describe, expect, it } from 'vitest';
import type { PatronSettings, SettingsChangeInput } from '../../../src-shared/contract/library';
import { DUE_REMINDER_JOB } from '../../../src-main/library';
import { envPerTest } from '../../fixtures/env-per-test';
import { DAY, HOUR, type LibraryEnv, openLibraryEnv, type TestPatron } from './library-env';

let env: LibraryEnv;
let p: TestPatron;
let base: PatronSettings;

envPerTest(openLibraryEnv, async (opened) => {
  env = opened;
  p = await env.ready('k1', 'quiet-river-42', 'hanako@example.jp');
  base = (await env.ok('k1', 'library.settings.get', {})).settings;
});

const lend = async (title: string, dueDate: string) => env.lib.loans.lend(p.accountId, await env.item(title), { dueDate });
const reminded = async () => (await env.outbox('library.due_reminder')).map((r) => r.body.match(/・(\S+)/)?.[1] ?? r.body);
const save = (settings: Partial<PatronSettings>) => {
  const input: SettingsChangeInput = { settings: { ...base, ...settings } };
  return env.ok('k1', 'library.settings.update', input);
};
const switchOn = (days = 1) => save({ dueNotice: true, dueNoticeTo: { pc: true, mobile: false }, dueNoticeDays: days });

describe('switching 返却期限通知 on after the day’s run', () => {
  it('sends at once the reminder the run would have sent, and never again', async () => {
    await lend('明日が期限', '2026-01-06');
    await lend('明後日が期限', '2026-01-07');
    await env.app.jobs.runNow(DUE_REMINDER_JOB); // 07:00 has passed: today's run, the patron still 停止
    expect(await reminded()).toEqual([]);

    expect((await switchOn()).remindersQueued).toBe(1);
    expect(await reminded()).toEqual(['明日が期限']);
    const mail = await env.mail('hanako@example.jp', '返却期限のお知らせ');
    expect(mail.text).toContain('・明日が期限');

    // The job again today, a save that changes nothing of the reminder, off and on again.
    await env.app.jobs.runNow(DUE_REMINDER_JOB);
    await env.lib.reminders.run();
    expect((await save({ dueNotice: true, dueNoticeTo: { pc: true, mobile: false }, pickupBranch: 'tatsuta' })).remindersQueued).toBe(0);
    await save({ dueNotice: false });
    expect((await switchOn()).remindersQueued).toBe(0);
    expect(await reminded()).toEqual(['明日が期限']);

    // The book due the day after tomorrow has its send day still to come: tomorrow's run sends it.
    env.clock.advance(DAY);
    await env.app.jobs.runNow(DUE_REMINDER_JOB);
    expect(await reminded()).toEqual(['明日が期限', '明後日が期限']);
  });

  it('before the day’s run, leaves today’s send day to that run', async () => {
    env.clock.set(Date.UTC(2026, 0, 5, 21, 0)); // 06:00 on the 6th in Tokyo; the run is at 07:00
    await env.ok('k1', 'library.login', { cardNumber: p.cardNumber, password: p.password }); // the clock jumped past the idle limit
    await lend('7日が期限', '2026-01-07');
    expect((await switchOn()).remindersQueued).toBe(0);
    env.clock.advance(HOUR);
    await env.app.jobs.runNow(DUE_REMINDER_JOB);
    await env.app.jobs.runNow(DUE_REMINDER_JOB);
    expect(await reminded()).toEqual(['7日が期限']);
  });

  it('moving it earlier (more 日前) reminds a book whose new send day has passed; past due and returned books stay quiet', async () => {
    await switchOn(1);
    await env.lib.reminders.run();
    await lend('7日が期限', '2026-01-07');
    await lend('昨日が期限', '2026-01-04');
    const returned = await lend('返した本', '2026-01-07');
    await env.lib.loans.returnLoan(returned);
    expect((await switchOn(3)).remindersQueued).toBe(1);
    expect(await reminded()).toEqual(['7日が期限']);
    // Fewer 日前 asks for nothing now.
    expect((await switchOn(2)).remindersQueued).toBe(0);
  });

  it('sends only to the ticked destinations, and nothing while 停止 stays', async () => {
    await lend('明日が期限', '2026-01-06');
    await env.lib.reminders.run();
    expect((await save({ dueNotice: false, dueNoticeTo: { pc: true, mobile: false }, dueNoticeDays: 1 })).remindersQueued).toBe(0);
    await save({ email2: 'keitai@example.ne.jp', email2Kind: 'mobile' });
    base = (await env.ok('k1', 'library.settings.get', {})).settings;
    expect((await save({ dueNotice: true, dueNoticeTo: { pc: false, mobile: true }, dueNoticeDays: 1 })).remindersQueued).toBe(1);
    expect((await env.outbox('library.due_reminder')).map((r) => r.to_address)).toEqual(['keitai@example.ne.jp']);
  });
});
