// 貸出・返却・延長 at the counter with library.system = sip2 (issue 14 over issue 15's port): the
// same channels drive the test ILS — checkout (11), checkin (09) with a hold to fill, renew (29),
// the card read with one 63 — for ILS patrons who never logged in at a kiosk; refusals named from
// the ILS's answers; with the ILS down, library_system_unavailable and nothing written here.
import { afterEach, describe, expect, it } from 'vitest';
import { PATRON_BLOCKED, PATRON_HANAKO, PATRON_ICHIRO } from '../../fixtures/sip2-server/fixture';
import { openSip2LibraryEnv, type Sip2LibraryEnv } from '../library-system/sip2-library-env';
import { ADMIN, errorOf, pinPair } from '../staff/staff-env';

let env: Sip2LibraryEnv | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

async function counterOnIls(): Promise<Sip2LibraryEnv> {
  const e = await openSip2LibraryEnv({}, { mode: 'counter' });
  env = e;
  await e.app.services.staff.installation.initialise({ nameKana: 'ｶﾝﾘｼｬ', nameKanji: '管理者', pins: pinPair(ADMIN.pin, ADMIN.confirmPin) }, { actor: 'cli', terminal: 'test' });
  await e.ok('desk', 'staff.login', { staffId: 'A0001', pin: ADMIN.pin });
  return e;
}

const audit = (e: Sip2LibraryEnv, action: string) =>
  e.app.store.all<{ actor: string; outcome: string; detail: string | null }>('SELECT actor, outcome, detail FROM audit_log WHERE action = ? ORDER BY id', [action]);

describe('counter lending (sip2)', () => {
  it('reads cards at the ILS, lends, returns (a hold to fill) and renews there, audited here', async () => {
    const e = await counterOnIls();
    // 花子: two loans at the ILS, one overdue — the overdue block; no local account needed.
    expect(await e.ok('desk', 'counter.lending.patron', { cardNumber: PATRON_HANAKO })).toMatchObject({
      outcome: 'found',
      patron: { name: '山田 花子', loanCount: 2, overdueCount: 1, block: 'overdue_block' },
    });
    expect(await e.ok('desk', 'counter.lending.checkout', { cardNumber: PATRON_HANAKO, itemCode: 'I001' })).toMatchObject({ outcome: 'refused', reason: 'overdue_block' });

    const lent = await e.ok('desk', 'counter.lending.checkout', { cardNumber: PATRON_ICHIRO, itemCode: 'I001' });
    expect(lent).toMatchObject({ outcome: 'lent', loan: { itemCode: 'I001', title: '吾輩は猫である', dueDate: '2026-01-19' }, loanCount: 2 });
    expect(e.server.fixture.loans.find((l) => l.itemId === 'I001')?.patronId).toBe(PATRON_ICHIRO);
    expect(e.server.received.some((r) => r.startsWith('11'))).toBe(true);
    expect(await audit(e, 'lending.checkout')).toMatchObject([{ outcome: 'denied' }, { actor: 'staff:A0001', outcome: 'ok' }]);

    // Refusals in the counter's words, from the ILS's "no" and its item information.
    expect(await e.ok('desk', 'counter.lending.checkout', { cardNumber: PATRON_ICHIRO, itemCode: 'I002' })).toMatchObject({
      outcome: 'refused',
      field: 'itemCode',
      reason: 'item_on_loan',
      title: '銀河鉄道の夜',
      message: 'この資料は貸出中です',
    });
    expect(await e.ok('desk', 'counter.lending.checkout', { cardNumber: PATRON_ICHIRO, itemCode: 'I999' })).toMatchObject({ reason: 'item_unknown' });
    expect(await e.ok('desk', 'counter.lending.patron', { cardNumber: PATRON_BLOCKED })).toEqual({ outcome: 'refused', field: 'cardNumber', reason: 'card_blocked' });
    expect(await e.ok('desk', 'counter.lending.checkout', { cardNumber: '1000000000009', itemCode: 'I004' })).toEqual({ outcome: 'refused', field: 'cardNumber', reason: 'card_unknown' });

    // こころ (一郎's) is held for 花子: the ILS says so at checkin, the copy goes to 取置.
    expect(await e.ok('desk', 'counter.lending.checkin', { itemCode: 'I005' })).toMatchObject({
      outcome: 'returned',
      title: 'こころ',
      alert: true,
      hold: { pickupBranch: null, contact: null },
    });
    expect(await e.ok('desk', 'counter.lending.checkin', { itemCode: 'I001' })).toMatchObject({ outcome: 'returned', hold: null });
    expect(await e.ok('desk', 'counter.lending.checkin', { itemCode: 'I004' })).toMatchObject({ outcome: 'refused', reason: 'not_on_loan' });
    expect(e.server.fixture.loans.map((l) => l.itemId).sort()).toEqual(['I002', 'I003']);
    // The ILS sends its own hold notice: nothing queued here.
    expect((await e.snapshot()).outbox).toBe(0);

    // 延長 of 花子's loan that is not overdue, by the id the card read listed.
    const read = await e.ok('desk', 'counter.lending.patron', { cardNumber: PATRON_HANAKO });
    if (read.outcome !== 'found') throw new Error('not found');
    const galaxy = read.patron.loans.find((l) => l.title === '銀河鉄道の夜');
    const overdue = read.patron.loans.find((l) => l.overdue);
    expect(await e.ok('desk', 'counter.lending.renew', { cardNumber: PATRON_HANAKO, loanId: overdue?.id ?? 0 })).toMatchObject({ outcome: 'refused', reason: 'overdue' });
    expect(await e.ok('desk', 'counter.lending.renew', { cardNumber: PATRON_HANAKO, loanId: galaxy?.id ?? 0 })).toMatchObject({
      outcome: 'renewed',
      loan: { title: '銀河鉄道の夜', dueDate: '2026-01-19' },
    });
    expect(e.server.fixture.loans.find((l) => l.itemId === 'I002')?.renewals).toBe(1);
    expect((await audit(e, 'lending.renew')).map((r) => r.outcome)).toEqual(['denied', 'ok']);
  });

  it('with the ILS down: library_system_unavailable, and nothing written here', async () => {
    const e = await counterOnIls();
    const before = await e.snapshot();
    const audited = (await audit(e, 'lending.checkout')).length;
    await e.server.close();
    expect(errorOf(await e.call('desk', 'counter.lending.checkout', { cardNumber: PATRON_ICHIRO, itemCode: 'I001' }))).toEqual({ code: 'library_system_unavailable' });
    expect(errorOf(await e.call('desk', 'counter.lending.checkin', { itemCode: 'I005' }))).toEqual({ code: 'library_system_unavailable' });
    expect(errorOf(await e.call('desk', 'counter.lending.patron', { cardNumber: PATRON_ICHIRO }))).toEqual({ code: 'library_system_unavailable' });
    expect(await e.snapshot()).toEqual(before);
    expect(await audit(e, 'lending.checkout')).toHaveLength(audited);
  });
});
