// 貸出・返却・延長 at the counter through the router with library.system = local (issue 14): loans
// recorded and audited with the clerk's staff ID, a return with a waiting hold sends the copy to
// 取置 with its ready mail queued once (and delivered over real SMTP), the loan limit and the
// overdue block from config, every refusal named with nothing written, and the permission.
import { afterEach, describe, expect, it } from 'vitest';
import { errorOf } from '../staff/staff-env';
import { DAY, type LendingEnv, openLendingEnv } from './lending-env';

let env: LendingEnv;
afterEach(async () => {
  await env?.stop();
});

const tables = async () => {
  const out: Record<string, number> = {};
  for (const table of ['loans', 'holds', 'outbox', 'loan_history']) {
    out[table] = (await env.app.store.get<{ n: number }>(`SELECT count(*) AS n FROM ${table}`))?.n ?? 0;
  }
  return out;
};

describe('counter lending (local)', () => {
  it('lends by catalogue id and by barcode, returns and renews, each audited with the staff ID', async () => {
    env = await openLendingEnv();
    const p = await env.patron();
    const byId = await env.item('吾輩は猫である');
    await env.item('坊っちゃん', 'T0000123');

    const found = await env.ok('desk', 'counter.lending.patron', { cardNumber: p.cardNumber });
    expect(found).toMatchObject({ outcome: 'found', patron: { cardNumber: p.cardNumber, loanCount: 0, maxLoans: 10, overdueCount: 0, block: null, loans: [] } });

    const first = await env.ok('desk', 'counter.lending.checkout', { cardNumber: p.cardNumber, itemCode: String(byId) });
    // The clock is 2026-01-05 (JST): 14 days.
    expect(first).toMatchObject({ outcome: 'lent', loan: { title: '吾輩は猫である', author: '著者', dueDate: '2026-01-19', holdCollected: false }, loanCount: 1 });
    // Full-width characters from an IME are folded.
    const second = await env.ok('desk', 'counter.lending.checkout', { cardNumber: p.cardNumber, itemCode: 'Ｔ００００１２３' });
    expect(second).toMatchObject({ outcome: 'lent', loan: { itemCode: 'T0000123', title: '坊っちゃん' }, loanCount: 2 });
    expect((await env.loansOf(p.accountId)).map((l) => l.due_date)).toEqual(['2026-01-19', '2026-01-19']);

    const audited = await env.audit('lending.checkout');
    expect(audited).toHaveLength(2);
    expect(audited[0]).toMatchObject({ actor: `staff:${env.staffId}`, target: `patron:${p.cardNumber}`, outcome: 'ok' });
    expect(JSON.parse(audited[1]?.detail ?? '{}')).toMatchObject({ item: 'T0000123', due: '2026-01-19' });

    // 延長 two days later: 14 days from the renewal day.
    env.clock.advance(2 * DAY);
    await env.relogin();
    const listed = await env.ok('desk', 'counter.lending.patron', { cardNumber: p.cardNumber });
    if (listed.outcome !== 'found') throw new Error('not found');
    const loan = listed.patron.loans[0];
    if (!loan) throw new Error('no loan');
    const renewed = await env.ok('desk', 'counter.lending.renew', { cardNumber: p.cardNumber, loanId: loan.id });
    expect(renewed).toMatchObject({ outcome: 'renewed', loan: { id: loan.id, dueDate: '2026-01-21', renewBlock: 'renewed' } });
    // At most once: the second try is refused with the loan's reason, and nothing changes.
    expect(await env.ok('desk', 'counter.lending.renew', { cardNumber: p.cardNumber, loanId: loan.id })).toEqual({ outcome: 'refused', field: 'loan', reason: 'renewed', loanId: loan.id });
    expect((await env.loansOf(p.accountId)).map((l) => l.due_date).sort()).toEqual(['2026-01-19', '2026-01-21']);
    expect((await env.audit('lending.renew')).map((r) => r.outcome)).toEqual(['ok', 'denied']);
    // A loan id that is not the card's.
    expect(errorOf(await env.call('desk', 'counter.lending.renew', { cardNumber: p.cardNumber, loanId: 999_999 }))).toEqual({ code: 'not_found' });

    const back = await env.ok('desk', 'counter.lending.checkin', { itemCode: String(byId) });
    expect(back).toMatchObject({ outcome: 'returned', title: '吾輩は猫である', hold: null, alert: false });
    expect(await env.loansOf(p.accountId)).toHaveLength(1);
    expect(await env.audit('lending.checkin')).toMatchObject([{ actor: `staff:${env.staffId}`, target: `item:${byId}`, outcome: 'ok' }]);
    // Returned already: said so, nothing written but the denied row.
    expect(await env.ok('desk', 'counter.lending.checkin', { itemCode: String(byId) })).toMatchObject({ outcome: 'refused', field: 'itemCode', reason: 'not_on_loan', title: '吾輩は猫である' });
    expect(await env.app.services.audit.verify()).toMatchObject({ ok: true });
  });

  it('a return with a waiting hold goes to 取置 and mails that patron once, in the same transaction', async () => {
    env = await openLendingEnv();
    const borrower = await env.patron();
    const waiting = await env.patron('yoyaku@example.jp', { holdContact: 'mail', holdTo: { pc: true, mobile: false } });
    const item = await env.item('銀河鉄道の夜');
    await env.ok('desk', 'counter.lending.checkout', { cardNumber: borrower.cardNumber, itemCode: String(item) });
    const [hold] = await env.lib.holds.place(waiting.accountId, [item], 'tobu');
    expect(hold?.status).toBe('waiting');

    const back = await env.ok('desk', 'counter.lending.checkin', { itemCode: String(item) });
    expect(back).toMatchObject({
      outcome: 'returned',
      alert: true,
      hold: { pickupBranch: { code: 'tobu', ja: '東部' }, pickupUntil: '2026-01-12', contact: 'mail' },
    });
    const held = await env.app.store.get<{ status: string; pickup_until: string }>('SELECT status, pickup_until FROM holds WHERE id = ?', [hold?.id ?? 0]);
    expect(held).toEqual({ status: 'ready', pickup_until: '2026-01-12' });
    const ready = await env.app.store.all<{ to_address: string }>("SELECT to_address FROM outbox WHERE template = 'library.hold_ready'");
    expect(ready).toEqual([{ to_address: 'yoyaku@example.jp' }]);
    expect(JSON.parse((await env.audit('lending.checkin'))[0]?.detail ?? '{}')).toEqual({ toHoldShelf: true, mails: 1 });

    // A second scan of the same copy changes nothing and queues nothing.
    expect(await env.ok('desk', 'counter.lending.checkin', { itemCode: String(item) })).toMatchObject({ outcome: 'refused', reason: 'not_on_loan' });
    await env.app.mailer.deliverDue();
    const mail = await env.mailbox.waitFor({ to: 'yoyaku@example.jp' }, 5_000);
    expect(mail.text).toContain('銀河鉄道の夜');
    expect((await env.app.store.get<{ n: number }>("SELECT count(*) AS n FROM outbox WHERE template = 'library.hold_ready'"))?.n).toBe(1);

    // The copy is kept for the hold: another patron cannot borrow it; the holder can, which ends the hold.
    expect(await env.ok('desk', 'counter.lending.checkout', { cardNumber: borrower.cardNumber, itemCode: String(item) })).toMatchObject({
      outcome: 'refused',
      field: 'itemCode',
      reason: 'item_reserved',
      title: '銀河鉄道の夜',
    });
    expect(await env.ok('desk', 'counter.lending.checkout', { cardNumber: waiting.cardNumber, itemCode: String(item) })).toMatchObject({
      outcome: 'lent',
      loan: { holdCollected: true },
    });
    expect((await env.app.store.get<{ status: string }>('SELECT status FROM holds WHERE id = ?', [hold?.id ?? 0]))?.status).toBe('collected');
  });

  it('refuses over the loan limit and while a loan is overdue (config), writing nothing but the audit row', async () => {
    env = await openLendingEnv({ library: { lending: { maxLoans: 2, blockWhenOverdue: true } } });
    const p = await env.patron();
    const items = [await env.item('こころ'), await env.item('草枕'), await env.item('三四郎')];
    for (const item of items.slice(0, 2)) await env.ok('desk', 'counter.lending.checkout', { cardNumber: p.cardNumber, itemCode: String(item) });
    const full = await env.ok('desk', 'counter.lending.patron', { cardNumber: p.cardNumber });
    expect(full).toMatchObject({ outcome: 'found', patron: { loanCount: 2, maxLoans: 2, block: 'over_limit' } });
    const before = await tables();
    expect(await env.ok('desk', 'counter.lending.checkout', { cardNumber: p.cardNumber, itemCode: String(items[2]) })).toEqual({
      outcome: 'refused',
      field: 'itemCode',
      reason: 'over_limit',
      title: '',
      message: null,
    });
    expect(await tables()).toEqual(before);

    // Fifteen days on, both loans are overdue: the block is the overdue one, after a return too.
    env.clock.advance(15 * DAY);
    await env.relogin();
    await env.ok('desk', 'counter.lending.checkin', { itemCode: String(items[0]) });
    expect(await env.ok('desk', 'counter.lending.patron', { cardNumber: p.cardNumber })).toMatchObject({ outcome: 'found', patron: { loanCount: 1, overdueCount: 1, block: 'overdue_block' } });
    expect(await env.ok('desk', 'counter.lending.checkout', { cardNumber: p.cardNumber, itemCode: String(items[2]) })).toMatchObject({ outcome: 'refused', reason: 'overdue_block' });
    expect(await env.loansOf(p.accountId)).toHaveLength(1);
    expect((await env.audit('lending.checkout')).map((r) => [r.outcome, JSON.parse(r.detail ?? '{}').reason ?? null])).toEqual([
      ['ok', null],
      ['ok', null],
      ['denied', 'over_limit'],
      ['denied', 'overdue_block'],
    ]);
  });

  it('without the block an overdue patron may borrow (blockWhenOverdue false)', async () => {
    env = await openLendingEnv({ library: { lending: { blockWhenOverdue: false } } });
    const p = await env.patron();
    const late = await env.item('山月記');
    await env.lib.loans.lend(p.accountId, late, { dueDate: '2026-01-01' });
    const next = await env.item('檸檬');
    expect(await env.ok('desk', 'counter.lending.checkout', { cardNumber: p.cardNumber, itemCode: String(next) })).toMatchObject({ outcome: 'lent' });
  });

  it('names every bad card and item, and changes nothing', async () => {
    env = await openLendingEnv();
    const a = await env.patron();
    const b = await env.patron();
    const item = await env.item('走れメロス');
    const reference = await env.item('広辞苑');
    await env.app.store.run("UPDATE catalogue_items SET status = 'reference' WHERE id = ?", [reference]);
    await env.ok('desk', 'counter.lending.checkout', { cardNumber: a.cardNumber, itemCode: String(item) });
    const before = await tables();

    const checkout = (cardNumber: string, itemCode: string) => env.ok('desk', 'counter.lending.checkout', { cardNumber, itemCode });
    expect(await checkout(b.cardNumber, String(item))).toMatchObject({ outcome: 'refused', field: 'itemCode', reason: 'item_on_loan', title: '走れメロス' });
    expect(await checkout(b.cardNumber, 'NOPE-404')).toMatchObject({ outcome: 'refused', field: 'itemCode', reason: 'item_unknown' });
    expect(await checkout(b.cardNumber, '999999')).toMatchObject({ outcome: 'refused', field: 'itemCode', reason: 'item_unknown' });
    expect(await checkout(b.cardNumber, String(reference))).toMatchObject({ outcome: 'refused', field: 'itemCode', reason: 'item_not_lendable', title: '広辞苑' });
    expect(await checkout('2999999999990', String(item))).toEqual({ outcome: 'refused', field: 'cardNumber', reason: 'card_unknown' });
    expect(await env.ok('desk', 'counter.lending.checkin', { itemCode: 'NOPE-404' })).toMatchObject({ outcome: 'refused', field: 'itemCode', reason: 'item_unknown' });

    // 利用中止 and 事故登録 cards cannot borrow or renew; the lookup says which.
    await env.app.store.run('UPDATE accounts SET locked = 1 WHERE id = ?', [b.accountId]);
    expect(await env.ok('desk', 'counter.lending.patron', { cardNumber: b.cardNumber })).toEqual({ outcome: 'refused', field: 'cardNumber', reason: 'card_stopped' });
    expect(await checkout(b.cardNumber, String(reference))).toEqual({ outcome: 'refused', field: 'cardNumber', reason: 'card_stopped' });
    await env.app.store.run('UPDATE accounts SET accident = 1 WHERE id = ?', [a.accountId]);
    expect(await env.ok('desk', 'counter.lending.patron', { cardNumber: a.cardNumber })).toEqual({ outcome: 'refused', field: 'cardNumber', reason: 'card_accident' });
    const loanId = (await env.app.store.get<{ id: number }>('SELECT id FROM loans WHERE account_id = ?', [a.accountId]))?.id ?? 0;
    expect(await env.ok('desk', 'counter.lending.renew', { cardNumber: a.cardNumber, loanId })).toEqual({ outcome: 'refused', field: 'cardNumber', reason: 'card_accident' });

    // Mistyped fields are named by the schema.
    expect(errorOf(await env.call('desk', 'counter.lending.checkout', { cardNumber: '12345', itemCode: 'a b|c' }))).toEqual({
      code: 'invalid_input',
      fields: { cardNumber: 'format', itemCode: 'format' },
    });
    expect(errorOf(await env.call('desk', 'counter.lending.checkin', { itemCode: '' }))).toEqual({ code: 'invalid_input', fields: { itemCode: 'required' } });
    expect(await tables()).toEqual(before);
    expect((await env.audit('lending.checkout')).filter((r) => r.outcome === 'denied')).toHaveLength(6);
  });

  it('needs the circulation permission, and a counter terminal', async () => {
    env = await openLendingEnv();
    const { staffId } = await env.clerk(['patron_lookup'], { pin: 'other2468', confirmPin: 'other1357' });
    await env.ok('other', 'staff.login', { staffId, pin: 'other2468' });
    expect(errorOf(await env.call('other', 'counter.lending.checkin', { itemCode: '1' }))).toEqual({ code: 'unauthorized' });
    // The administrator holds every permission.
    expect(await env.ok('admin', 'counter.lending.checkin', { itemCode: '1' })).toMatchObject({ outcome: 'refused', reason: 'item_unknown' });
  });
});
