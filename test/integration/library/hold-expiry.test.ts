// Ready holds past their お取り置き期限 (seed 002 / docs/library.md): the daily job cancels them the
// day after the last pickup day, mails the patron as 予約関連メール says, passes the copy to the
// next in line, and never mails twice when run again or days late.
import { describe, expect, it } from 'vitest';
import { HOLD_EXPIRY_JOB } from '../../../src-main/library';
import { envPerTest } from '../../fixtures/env-per-test';
import { DAY, HOUR, type LibraryEnv, openLibraryEnv, type TestPatron } from './library-env';

let env: LibraryEnv;
let first: TestPatron;
let second: TestPatron;

envPerTest(openLibraryEnv, async (opened) => {
  env = opened;
  first = await env.ready('k1', 'quiet-river-42', 'first@example.jp');
  second = await env.ready('k2', 'still-lake-77', 'second@example.jp');
  for (const p of [first, second]) await env.setSettings(p, { holdContact: 'mail', holdTo: { pc: true, mobile: false } });
});

/** An item on loan to someone else, reserved by `first` and then `second`; the copy comes back. */
async function readyForFirst(title: string): Promise<{ firstHold: number; secondHold: number }> {
  const item = await env.item(title, '宮沢賢治');
  const loan = await env.lib.loans.lend((await env.register('1970-01-01')).accountId, item);
  const [a] = (await env.ok('k1', 'library.cart.placeHolds', { itemIds: [item], pickupBranch: 'tatsuta' })).placed;
  const [b] = (await env.ok('k2', 'library.cart.placeHolds', { itemIds: [item], pickupBranch: 'honkan' })).placed;
  await env.lib.loans.returnLoan(loan);
  return { firstHold: a?.id as number, secondHold: b?.id as number };
}

const statusOf = async (holdId: number) => (await env.app.store.get<{ status: string }>('SELECT status FROM holds WHERE id = ?', [holdId]))?.status;

describe('expiry of ready holds', () => {
  it('keeps the hold through its last pickup day and cancels it the next day, mailing once', async () => {
    const { firstHold, secondHold } = await readyForFirst('銀河鉄道の夜');
    expect((await env.ok('k1', 'library.holds.list', {}))[0]).toMatchObject({ status: 'ready', pickupUntil: '2026-01-12' });

    env.clock.set(Date.parse('2026-01-12T23:30:00+09:00'));
    await env.app.jobs.runNow(HOLD_EXPIRY_JOB);
    expect(await statusOf(firstHold)).toBe('ready');
    expect(await env.outbox('library.hold_cancelled')).toHaveLength(0);

    env.clock.set(Date.parse('2026-01-13T07:00:00+09:00'));
    await env.app.jobs.runNow(HOLD_EXPIRY_JOB);
    expect(await statusOf(firstHold)).toBe('cancelled');
    // (the kiosk session has long timed out; the service answers for the patron)
    expect(await env.lib.holds.list(first.accountId)).toEqual([]);
    const mail = await env.mail('first@example.jp', '予約を取り消しました');
    expect(mail.text).toContain('お取り置き期限（令和8年1月12日(月曜日)）までにお受け取りがなかったため');
    expect(mail.text).toContain('・銀河鉄道の夜／宮沢賢治');

    // The copy goes to the next in line, who is told it is ready until a week from today.
    expect(await statusOf(secondHold)).toBe('ready');
    const ready = await env.mail('second@example.jp', '予約の資料をご用意しました');
    expect(ready.text).toContain('お取り置き期限：令和8年1月20日(火曜日)');

    await env.app.jobs.runNow(HOLD_EXPIRY_JOB);
    env.clock.advance(HOUR);
    await env.app.jobs.runNow(HOLD_EXPIRY_JOB);
    expect(await env.outbox('library.hold_cancelled')).toHaveLength(1);
    expect((await env.outbox('library.hold_ready')).filter((m) => m.to_address === 'second@example.jp')).toHaveLength(1);
  });

  it('catches up after days with the machine off, and cascades no further than today allows', async () => {
    const { firstHold, secondHold } = await readyForFirst('風の又三郎');
    env.clock.set(Date.parse('2026-01-16T09:00:00+09:00'));
    await env.app.jobs.runNow(HOLD_EXPIRY_JOB);
    expect(await statusOf(firstHold)).toBe('cancelled');
    // Made ready today, so it has its own full week: not expired in the same run.
    expect(await statusOf(secondHold)).toBe('ready');
    expect((await env.lib.holds.list(second.accountId))[0]?.pickupUntil).toBe('2026-01-23');
  });

  it('cancels without mail when the hold mail is off or 予約連絡方法 is not メール', async () => {
    const { firstHold } = await readyForFirst('注文の多い料理店');
    await env.ok('k1', 'library.holds.setMail', { holdId: firstHold, notifyMail: false });
    await env.setSettings(second, { holdContact: 'phone' });
    env.clock.advance(8 * DAY);
    await env.app.jobs.runNow(HOLD_EXPIRY_JOB);
    expect(await statusOf(firstHold)).toBe('cancelled');
    expect(await env.outbox('library.hold_cancelled')).toHaveLength(0);
    expect((await env.outbox('library.hold_ready')).filter((m) => m.to_address === 'second@example.jp')).toHaveLength(0);
  });

  it('leaves waiting and collected holds alone', async () => {
    const { firstHold, secondHold } = await readyForFirst('春と修羅');
    await env.lib.holds.collect(firstHold);
    env.clock.advance(30 * DAY);
    expect(await env.lib.holds.expireReady()).toBe(0);
    expect([await statusOf(firstHold), await statusOf(secondHold)]).toEqual(['collected', 'waiting']);
  });
});
