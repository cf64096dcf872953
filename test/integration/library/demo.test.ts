// The demo data of `npm start`: the documented patrons log in, and My Library has something in
// every section (a loan overdue, one due tomorrow, holds, cart, history, a shelf, an e-book).
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { App } from '../../../src-main/app';
import { DEMO_NEW_PATRON, DEMO_PATRON } from '../../../src-main/library';
import { type TempApp, tempApp } from '../../fixtures/temp-app';

let env: TempApp;
let app: App;

beforeEach(async () => {
  env = await tempApp({ demoData: true });
  app = env.app;
});
afterEach(async () => {
  await env.close();
});

it('gives the documented patron a full My Library', async () => {
  const session = await app.router.call('k1', 'library.login', { cardNumber: DEMO_PATRON.cardNumber, password: DEMO_PATRON.password });
  expect(session).toMatchObject({ ok: true, data: { requiredAction: null, displayName: DEMO_PATRON.name } });
  const summary = await app.router.call('k1', 'library.summary', {});
  if (!summary.ok) throw new Error('summary failed');
  expect(summary.data.counts).toEqual({ loans: 4, overdue: 1, holds: 2, ready: 1, cart: 2, history: 6, ebooks: 1, shelves: 1 });

  const loans = await app.router.call('k1', 'library.loans.list', {});
  if (!loans.ok) throw new Error('loans failed');
  expect(loans.data.map((l) => [l.item.title, l.renewBlock])).toEqual([
    ['坊っちゃん', 'overdue'],
    ['銀河鉄道の夜', null],
    ['山月記', 'reserved'],
    ['熊本城の四百年', null],
  ]);
  const holds = await app.router.call('k1', 'library.holds.list', {});
  if (!holds.ok) throw new Error('holds failed');
  expect(holds.data.map((h) => [h.item.title, h.status, h.queuePosition])).toEqual([
    ['斜陽', 'waiting', 2],
    ['檸檬', 'ready', null],
  ]);
});

it('sends the second patron, still on the MMDD password, to the forced change', async () => {
  const session = await app.router.call('k1', 'library.login', { cardNumber: DEMO_NEW_PATRON.cardNumber, password: DEMO_NEW_PATRON.initialPassword });
  expect(session).toMatchObject({ ok: true, data: { requiredAction: 'change_password' } });
});
