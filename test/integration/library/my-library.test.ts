// Myライブラリ (seed 002): loans and the renewal rules, holds (queue, pickup branch, cancel, mails
// as 予約関連メール says), the cart placing holds, catalogue search, shelves, e-books, counts.
import { beforeEach, describe, expect, it } from 'vitest';
import { envPerTest } from '../../fixtures/env-per-test';
import { DAY, type LibraryEnv, openLibraryEnv, type TestPatron } from './library-env';

let env: LibraryEnv;
let p: TestPatron;

envPerTest(openLibraryEnv, async (opened) => {
  env = opened;
  p = await env.ready('k1', 'quiet-river-42', 'hanako@example.jp');
});

const notAllowed = { ok: false, error: { code: 'not_allowed' } };
const notFound = { ok: false, error: { code: 'not_found' } };

describe('借りている資料 and 延長', () => {
  it('renews once, from today, and then no more', async () => {
    const loan = await env.lib.loans.lend(p.accountId, await env.item('坊っちゃん'), { dueDate: '2026-01-08' });
    const renewed = await env.ok('k1', 'library.loans.renew', { loanId: loan });
    expect(renewed).toMatchObject({ dueDate: '2026-01-19', renewals: 1, renewBlock: 'renewed' });
    expect(await env.call('k1', 'library.loans.renew', { loanId: loan })).toEqual(notAllowed);
  });

  it('does not renew an overdue loan, or one another patron is waiting for', async () => {
    const overdue = await env.lib.loans.lend(p.accountId, await env.item('期限切れ'), { dueDate: '2026-01-04' });
    const wanted = await env.item('人気の本');
    const reserved = await env.lib.loans.lend(p.accountId, wanted, { dueDate: '2026-01-10' });
    const other = await env.ready('k2', 'other-river-43');
    await env.ok('k2', 'library.cart.add', { itemId: wanted });
    await env.ok('k2', 'library.cart.placeHolds', { itemIds: [wanted], pickupBranch: 'tobu' });

    const loans = await env.ok('k1', 'library.loans.list', {});
    expect(loans.map((l) => [l.item.title, l.overdue, l.renewBlock])).toEqual([
      ['期限切れ', true, 'overdue'],
      ['人気の本', false, 'reserved'],
    ]);
    expect(await env.call('k1', 'library.loans.renew', { loanId: overdue })).toEqual(notAllowed);
    expect(await env.call('k1', 'library.loans.renew', { loanId: reserved })).toEqual(notAllowed);
    expect(await env.call('k2', 'library.loans.renew', { loanId: overdue })).toEqual(notFound);
    expect(other.cardNumber).not.toBe(p.cardNumber);
  });
});

describe('予約かご and 予約した資料', () => {
  it('places holds for the chosen cart items at one branch, with queue positions', async () => {
    const a = await env.item('斜陽');
    const b = await env.item('檸檬');
    const c = await env.item('山月記');
    const first = await env.ready('k2', 'other-river-43');
    await env.ok('k2', 'library.cart.add', { itemId: a });
    await env.ok('k2', 'library.cart.placeHolds', { itemIds: [a], pickupBranch: 'honkan' });
    for (const itemId of [a, b, c]) await env.ok('k1', 'library.cart.add', { itemId });

    const { placed } = await env.ok('k1', 'library.cart.placeHolds', { itemIds: [a, b], pickupBranch: 'tatsuta' });
    expect(placed.map((h) => [h.item.title, h.queuePosition, h.pickupBranch])).toEqual([
      ['斜陽', 2, 'tatsuta'],
      ['檸檬', 1, 'tatsuta'],
    ]);
    expect((await env.ok('k1', 'library.cart.list', {})).map((e) => e.item.title)).toEqual(['山月記']);
    expect(first.accountId).not.toBe(p.accountId);
    // 登録完了メール is 停止 by default.
    expect(await env.outbox('library.holds_placed')).toHaveLength(0);
  });

  it('mails 登録完了メール when it is 配信', async () => {
    await env.setSettings(p, { registrationMail: true, registrationTo: { pc: true, mobile: false } });
    const a = await env.item('注文の多い料理店');
    await env.ok('k1', 'library.cart.add', { itemId: a });
    await env.ok('k1', 'library.cart.placeHolds', { itemIds: [a], pickupBranch: 'tatsuta' });
    const mail = await env.mail('hanako@example.jp', '予約の登録が完了しました');
    expect(mail.text).toContain('・注文の多い料理店');
    expect(mail.text).toContain('予約受取館：龍田');
  });

  it('refuses an item the patron has on loan, and more than the hold limit', async () => {
    const onLoan = await env.item('手元の本');
    await env.lib.loans.lend(p.accountId, onLoan);
    expect(await env.call('k1', 'library.cart.placeHolds', { itemIds: [onLoan], pickupBranch: 'honkan' })).toEqual(notAllowed);
    const many: number[] = [];
    for (let i = 0; i < 11; i++) many.push(await env.item(`本${i}`));
    expect(await env.call('k1', 'library.cart.placeHolds', { itemIds: many, pickupBranch: 'honkan' })).toEqual(notAllowed);
    expect(await env.ok('k1', 'library.holds.list', {})).toEqual([]);
  });

  it('changes the pickup branch of a waiting hold, not of a ready one', async () => {
    const [waiting, ready] = [await env.item('待つ本'), await env.item('届いた本')];
    const { placed } = await env.ok('k1', 'library.cart.placeHolds', { itemIds: [waiting, ready], pickupBranch: 'honkan' });
    await env.lib.holds.markReady(placed[1]?.id as number);
    expect((await env.ok('k1', 'library.holds.changePickup', { holdId: placed[0]?.id as number, pickupBranch: 'akita' })).pickupBranch).toBe('akita');
    expect(await env.call('k1', 'library.holds.changePickup', { holdId: placed[1]?.id as number, pickupBranch: 'akita' })).toEqual(notAllowed);
    expect(await env.call('k1', 'library.holds.changePickup', { holdId: placed[0]?.id as number, pickupBranch: 'nowhere' })).toEqual({
      ok: false,
      error: { code: 'invalid_input', fields: { pickupBranch: 'invalid' } },
    });
  });

  it('mails hold ready and cancelled as 予約関連メール says, per hold', async () => {
    await env.setSettings(p, { holdContact: 'mail', holdTo: { pc: true, mobile: false } });
    const [book, quiet] = [await env.item('銀河鉄道の夜', '宮沢賢治'), await env.item('風の又三郎', '宮沢賢治')];
    const loanOfOther = await env.lib.loans.lend((await env.register('1970-01-01')).accountId, book);
    const { placed } = await env.ok('k1', 'library.cart.placeHolds', { itemIds: [book, quiet], pickupBranch: 'tatsuta' });
    await env.ok('k1', 'library.holds.setMail', { holdId: placed[1]?.id as number, notifyMail: false });

    await env.lib.loans.returnLoan(loanOfOther); // the copy comes back: the first hold is ready
    const ready = await env.mail('hanako@example.jp', '予約の資料をご用意しました');
    expect(ready.text).toContain('・銀河鉄道の夜／宮沢賢治');
    expect(ready.text).toContain('受取館：龍田');
    expect(ready.text).toContain('お取り置き期限：令和8年1月12日(月曜日)');
    const holds = await env.ok('k1', 'library.holds.list', {});
    expect(holds.map((h) => [h.status, h.pickupUntil])).toEqual([
      ['ready', '2026-01-12'],
      ['waiting', null],
    ]);

    await env.ok('k1', 'library.holds.cancel', { holdId: placed[0]?.id as number });
    const cancelled = await env.mail('hanako@example.jp', '予約を取り消しました');
    expect(cancelled.text).toContain('お申し出により');
    await env.ok('k1', 'library.holds.cancel', { holdId: placed[1]?.id as number });
    expect(await env.outbox('library.hold_cancelled')).toHaveLength(1);
    expect(await env.ok('k1', 'library.holds.list', {})).toEqual([]);
  });

  it('sends no hold mail when 予約連絡方法 is not メール', async () => {
    await env.setSettings(p, { holdContact: 'phone', holdTo: { pc: true, mobile: false } });
    const { placed } = await env.ok('k1', 'library.cart.placeHolds', { itemIds: [await env.item('電話で知らせる本')], pickupBranch: 'honkan' });
    await env.lib.holds.markReady(placed[0]?.id as number);
    expect(await env.outbox()).toHaveLength(0);
  });
});

describe('catalogue search', () => {
  beforeEach(async () => {
    await env.item('吾輩は猫である', '夏目漱石');
    await env.item('坊っちゃん', '夏目漱石');
    await env.item('猫の事務所', '宮沢賢治');
    await env.item('The Cat in the Hat', 'Dr. Seuss');
  });
  const titles = async (query: string, field: 'any' | 'title' | 'author' = 'any') =>
    (await env.ok('k1', 'library.catalogue.search', { query, field })).map((i) => i.title).sort();

  it('finds by title or author, long and short terms, across widths and cases', async () => {
    expect(await titles('夏目漱石')).toEqual(['吾輩は猫である', '坊っちゃん']);
    expect(await titles('猫である')).toEqual(['吾輩は猫である']);
    expect(await titles('猫 宮沢')).toEqual(['猫の事務所']);
    expect(await titles('猫 漱石')).toEqual([]);
    expect(await titles('ｃａｔ ｉｎ')).toEqual(['The Cat in the Hat']);
    expect(await titles('漱石', 'title')).toEqual([]);
    expect(await titles('夏目漱石', 'author')).toEqual(['吾輩は猫である', '坊っちゃん']);
    expect(await titles('"猫" OR *')).toEqual([]);
  });

  it('matches one or two characters alone at the start of the title or the author, in title order', async () => {
    await env.item('Catalogue of Cats', 'Anon');
    const inOrder = async (query: string) => (await env.ok('k1', 'library.catalogue.search', { query })).map((i) => i.title);
    expect(await inOrder('猫')).toEqual(['猫の事務所']);
    expect(await inOrder('夏目')).toEqual(['吾輩は猫である', '坊っちゃん']);
    expect(await inOrder('ｃａ')).toEqual(['Catalogue of Cats']);
    expect(await inOrder('th')).toEqual(['The Cat in the Hat']);
    expect(await titles('Dr', 'title')).toEqual([]);
    expect(await titles('Dr', 'author')).toEqual(['The Cat in the Hat']);
    expect(await titles('宮沢 猫')).toEqual(['猫の事務所']);
  });

  it('lists matches of longer terms newest first', async () => {
    const inOrder = async (query: string) => (await env.ok('k1', 'library.catalogue.search', { query })).map((i) => i.title);
    expect(await inOrder('夏目漱石')).toEqual(['坊っちゃん', '吾輩は猫である']);
  });
});

describe('本棚', () => {
  it('creates, renames, fills, empties and deletes a shelf, only the patron’s own', async () => {
    const item = await env.item('こころ');
    const shelf = await env.ok('k1', 'library.shelves.create', { name: 'もう一度読みたい本' });
    expect(await env.call('k1', 'library.shelves.create', { name: 'もう一度読みたい本' })).toEqual({
      ok: false,
      error: { code: 'conflict', fields: { name: 'same_as_other' } },
    });
    await env.ok('k1', 'library.shelves.addItem', { shelfId: shelf.id, itemId: item });
    expect((await env.ok('k1', 'library.shelves.rename', { shelfId: shelf.id, name: '夏の本' })).itemCount).toBe(1);
    expect((await env.ok('k1', 'library.shelves.get', { shelfId: shelf.id })).items.map((e) => e.item.title)).toEqual(['こころ']);
    await env.ready('k2', 'other-river-43');
    expect(await env.call('k2', 'library.shelves.get', { shelfId: shelf.id })).toEqual(notFound);
    expect(await env.call('k2', 'library.shelves.delete', { shelfId: shelf.id })).toEqual(notFound);
    await env.ok('k1', 'library.shelves.removeItem', { shelfId: shelf.id, itemId: item });
    expect((await env.ok('k1', 'library.shelves.list', {}))[0]).toMatchObject({ name: '夏の本', itemCount: 0 });
    await env.ok('k1', 'library.shelves.delete', { shelfId: shelf.id });
    expect(await env.ok('k1', 'library.shelves.list', {})).toEqual([]);
  });
});

describe('電子書籍サービス and the counts', () => {
  it('lists unexpired e-book loans and counts every section', async () => {
    const ebook = await env.lib.catalogue.add({ title: 'やさしい熊本弁入門', kind: 'ebook', addedAt: env.clock.now() - DAY });
    await env.lib.ebooks.record(p.accountId, ebook, '2026-01-10');
    await env.lib.ebooks.record(p.accountId, ebook, '2026-01-01');
    expect((await env.ok('k1', 'library.ebooks.list', {})).map((e) => e.dueDate)).toEqual(['2026-01-10']);
    await env.lib.loans.lend(p.accountId, await env.item('期限切れ'), { dueDate: '2026-01-01' });
    await env.ok('k1', 'library.cart.add', { itemId: await env.item('かごの本') });
    await env.ok('k1', 'library.shelves.create', { name: '棚' });
    expect((await env.ok('k1', 'library.summary', {})).counts).toEqual({ loans: 1, overdue: 1, holds: 0, ready: 0, cart: 1, history: 0, ebooks: 1, shelves: 1 });
  });
});
