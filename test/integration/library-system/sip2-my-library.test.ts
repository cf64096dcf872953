// Myライブラリ with library.system = sip2: counts, loans and holds from the ILS (Japanese titles,
// SIP dates as library days), renewal and holds placed and cancelled in the ILS; an ILS that is down
// or breaks off mid-answer gives library_system_unavailable, leaves the session and the local store
// as they were, and the next call works.
import { afterEach, describe, expect, it } from 'vitest';
import { PATRON_HANAKO } from '../../fixtures/sip2-server/fixture';
import { openSip2LibraryEnv, type Sip2LibraryEnv } from './sip2-library-env';

let env: Sip2LibraryEnv | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

const T = 'kiosk-1';

/** The app's fake clock starts 2026-01-05 09:00 in Tokyo; the fixture's loans are due +5 and -3 days. */
async function loggedIn(): Promise<Sip2LibraryEnv> {
  const e = await openSip2LibraryEnv();
  await e.ok(T, 'library.login', { cardNumber: PATRON_HANAKO, password: 'hana1234' });
  return e;
}

describe('Myライブラリ from the ILS (SIP2)', () => {
  it('shows the counts, the loans with their titles and library-day due dates, and the hold', async () => {
    env = await loggedIn();
    const summary = await env.ok(T, 'library.summary', {});
    expect(summary).toMatchObject({ system: 'sip2', cardNumber: PATRON_HANAKO, displayName: '山田 花子', counts: { loans: 2, overdue: 1, holds: 1, ready: 0, cart: 0, shelves: 0 } });
    const loans = await env.ok(T, 'library.loans.list', {});
    expect(loans.map((l) => [l.item.title, l.dueDate, l.overdue, l.renewBlock])).toEqual([
      ['坊っちゃん', '2026-01-02', true, 'overdue'],
      ['銀河鉄道の夜', '2026-01-10', false, null],
    ]);
    const holds = await env.ok(T, 'library.holds.list', {});
    expect(holds).toMatchObject([{ item: { title: 'こころ' }, status: 'waiting', queuePosition: null, pickupBranch: 'honkan', notifyMail: false }]);
    // One 63 per list, one 17 per listed item.
    const lists = env.server.received.filter((m) => m.startsWith('63'));
    expect(lists.length).toBe(3);
    // The ILS's items became catalogue items that SDI will never announce (added_at 0).
    const added = await env.app.store.all<{ title: string; added_at: number }>('SELECT i.title, i.added_at FROM catalogue_items i JOIN ils_items l ON l.item_id = i.id ORDER BY i.title');
    expect(added).toEqual([
      { title: 'こころ', added_at: 0 },
      { title: '坊っちゃん', added_at: 0 },
      { title: '銀河鉄道の夜', added_at: 0 },
    ]);
  });

  it('renews in the ILS and shows the new due date; a renewal the ILS refuses is not_allowed', async () => {
    env = await loggedIn();
    const loans = await env.ok(T, 'library.loans.list', {});
    const ginga = loans.find((l) => l.item.title === '銀河鉄道の夜');
    const renewed = await env.ok(T, 'library.loans.renew', { loanId: ginga?.id as number });
    expect(renewed).toMatchObject({ id: ginga?.id, dueDate: '2026-01-19', overdue: false, item: { title: '銀河鉄道の夜' } });
    expect(env.server.fixture.loans.find((l) => l.itemId === 'I002')?.renewals).toBe(1);
    expect((await env.ok(T, 'library.loans.list', {})).find((l) => l.id === ginga?.id)?.dueDate).toBe('2026-01-19');
    // Someone else's hold on it now: the ILS refuses the second renewal.
    env.server.fixture.holds.push({ itemId: 'I002', patronId: '1000000000003', pickup: 'honkan' });
    expect(await env.call(T, 'library.loans.renew', { loanId: ginga?.id as number })).toMatchObject({ ok: false, error: { code: 'not_allowed' } });
    expect(await env.call(T, 'library.loans.renew', { loanId: 999_999 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('places a hold in the ILS from the cart, moves its pickup branch and cancels it', async () => {
    env = await loggedIn();
    const neko = await env.linkedItem('I001', '吾輩は猫である');
    await env.ok(T, 'library.cart.add', { itemId: neko });
    const { placed } = await env.ok(T, 'library.cart.placeHolds', { itemIds: [neko], pickupBranch: 'honkan' });
    expect(placed).toMatchObject([{ id: neko, item: { title: '吾輩は猫である' }, pickupBranch: 'honkan' }]);
    expect(env.server.fixture.holds.some((h) => h.itemId === 'I001' && h.patronId === PATRON_HANAKO)).toBe(true);
    expect(await env.ok(T, 'library.cart.list', {})).toEqual([]);
    expect((await env.ok(T, 'library.holds.list', {})).map((h) => h.item.title).sort()).toEqual(['こころ', '吾輩は猫である']);
    const moved = await env.ok(T, 'library.holds.changePickup', { holdId: neko, pickupBranch: 'tatsuta' });
    expect(moved).toMatchObject({ id: neko, pickupBranch: 'tatsuta' });
    expect(env.server.fixture.holds.find((h) => h.itemId === 'I001')?.pickup).toBe('tatsuta');
    // Held already: the ILS says no, and so does the kiosk.
    expect(await env.call(T, 'library.cart.placeHolds', { itemIds: [neko], pickupBranch: 'honkan' })).toMatchObject({ ok: false, error: { code: 'not_allowed' } });
    // Per-hold mail belongs to the ILS's own notices.
    expect(await env.call(T, 'library.holds.setMail', { holdId: neko, notifyMail: true })).toMatchObject({ ok: false, error: { code: 'not_allowed' } });
    await env.ok(T, 'library.holds.cancel', { holdId: neko });
    expect(env.server.fixture.holds.some((h) => h.itemId === 'I001')).toBe(false);
    expect(await env.call(T, 'library.holds.cancel', { holdId: neko })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    // A catalogue item the ILS does not know cannot be held there.
    const unlinked = await env.app.services.library.catalogue.add({ title: '未登録の本', addedAt: 0 });
    expect(await env.call(T, 'library.cart.placeHolds', { itemIds: [unlinked], pickupBranch: 'honkan' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('with the ILS down: library_system_unavailable everywhere it is needed, the session and the store untouched', async () => {
    env = await loggedIn();
    const loans = await env.ok(T, 'library.loans.list', {});
    const session = await env.app.services.sessions.get(T);
    await env.server.close();
    const before = await env.snapshot();
    for (const [channel, input] of [
      ['library.summary', {}],
      ['library.loans.list', {}],
      ['library.holds.list', {}],
      ['library.loans.renew', { loanId: loans[1]?.id as number }],
      ['library.holds.cancel', { holdId: loans[0]?.id as number }],
    ] as const) {
      expect(await env.call(T, channel, input as never), channel).toMatchObject({ ok: false, error: { code: 'library_system_unavailable' } });
    }
    expect(await env.snapshot()).toEqual(before);
    expect((await env.app.services.sessions.get(T))?.id).toBe(session?.id);
    // What SIP2 does not carry stays local and keeps working: settings, history, shelves.
    expect((await env.call(T, 'library.settings.get', {})).ok).toBe(true);
    expect((await env.call(T, 'library.history.list', {})).ok).toBe(true);
    expect((await env.call(T, 'library.shelves.create', { name: '旅の本' })).ok).toBe(true);
  });

  it('a connection dropped mid-answer fails that call only; the next one works on a fresh connection', async () => {
    env = await loggedIn();
    await env.ok(T, 'library.loans.list', {});
    const before = await env.snapshot();
    env.server.fault({ kind: 'drop' });
    expect(await env.call(T, 'library.loans.list', {})).toMatchObject({ ok: false, error: { code: 'library_system_unavailable' } });
    expect(await env.snapshot()).toEqual(before);
    const ginga = (await env.ok(T, 'library.loans.list', {}))[1]?.id as number;
    // Wrong twice (after the one resend): the renewal is not taken as done, and nothing is written.
    env.server.fault({ kind: 'corrupt-checksum' }, 2);
    expect(await env.call(T, 'library.loans.renew', { loanId: ginga })).toMatchObject({ ok: false, error: { code: 'library_system_unavailable' } });
    expect(await env.snapshot()).toEqual(before);
    const loans = await env.ok(T, 'library.loans.list', {});
    expect(loans.map((l) => l.item.title)).toEqual(['坊っちゃん', '銀河鉄道の夜']);
    expect(env.logs.some((e) => e.event === 'library_system.unavailable')).toBe(true);
  });
});
