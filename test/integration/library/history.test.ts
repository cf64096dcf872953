// 貸出履歴 (seed 002): recorded only while 残す is on, shown from the next day, nothing from before
// opting in, the newest 1000 listed, deletion of one, several or all.
import { expect, it } from 'vitest';
import { envPerTest } from '../../fixtures/env-per-test';
import { HOUR, type LibraryEnv, openLibraryEnv, type TestPatron } from './library-env';

let env: LibraryEnv;
let p: TestPatron;

envPerTest(openLibraryEnv, async (opened) => {
  env = opened;
  p = await env.ready('k1');
});

/** Moving the clock ends idle sessions, as at a real kiosk: log in again afterwards. */
const at = async (time: number, terminal = 'k1', patron = p) => {
  env.clock.set(time);
  await env.login(terminal, patron);
};
const borrowAndReturn = async (title: string, patron = p) => env.lib.loans.returnLoan(await env.lib.loans.lend(patron.accountId, await env.item(title)));
const keep = (on: boolean) =>
  env.ok('k1', 'library.settings.get', {}).then((v) => env.ok('k1', 'library.settings.update', { settings: { ...v.settings, keepHistory: on } }));

it('records nothing before 残す is turned on, and never shows it afterwards', async () => {
  await borrowAndReturn('設定前に返した本');
  await keep(true);
  await at(env.clock.now() + 24 * HOUR);
  const view = await env.ok('k1', 'library.history.list', {});
  expect(view).toMatchObject({ entries: [], total: 0, keeping: true });
});

it('shows a return from the next library day on', async () => {
  await keep(true);
  // 2026-01-05 09:00 in Tokyo: returned today, shown from midnight.
  await borrowAndReturn('今日返した本');
  expect((await env.ok('k1', 'library.history.list', {})).entries).toHaveLength(0);
  expect((await env.ok('k1', 'library.summary', {})).counts.history).toBe(0);
  await at(Date.UTC(2026, 0, 5, 14, 59)); // 23:59 in Tokyo
  expect((await env.ok('k1', 'library.history.list', {})).entries).toHaveLength(0);
  await at(Date.UTC(2026, 0, 5, 15, 0)); // midnight of the 6th
  const view = await env.ok('k1', 'library.history.list', {});
  expect(view.entries.map((e) => e.item.title)).toEqual(['今日返した本']);
  expect((await env.ok('k1', 'library.summary', {})).counts.history).toBe(1);
});

it('lists the newest 1000 of 1200 returns', async () => {
  await keep(true);
  const item = await env.item('よく借りる本');
  await env.app.store.transaction(async () => {
    for (let i = 0; i < 1200; i++) {
      env.clock.advance(1000);
      await env.lib.loans.returnLoan(await env.lib.loans.lend(p.accountId, item));
    }
  });
  const lastReturn = env.clock.now();
  await at(lastReturn + 24 * HOUR);
  const view = await env.ok('k1', 'library.history.list', {});
  expect(view.total).toBe(1200);
  expect(view.entries).toHaveLength(1000);
  expect(view.entries[0]?.returnedAt).toBe(lastReturn);
  expect(view.entries[999]?.returnedAt).toBe(lastReturn - 999 * 1000);
});

it('deletes one, several or all, and only the patron’s own', async () => {
  await keep(true);
  for (const t of ['一', '二', '三', '四', '五']) await borrowAndReturn(t);
  const other = await env.ready('k2', 'other-river-43');
  await env.ok('k2', 'library.settings.update', { settings: { ...(await env.ok('k2', 'library.settings.get', {})).settings, keepHistory: true } });
  await borrowAndReturn('他人の本', other);
  await at(env.clock.now() + 24 * HOUR);
  await env.login('k2', other);
  const ids = (await env.ok('k1', 'library.history.list', {})).entries.map((e) => e.id);
  const theirs = (await env.ok('k2', 'library.history.list', {})).entries.map((e) => e.id);

  expect(await env.ok('k1', 'library.history.delete', { ids: [ids[0] as number] })).toEqual({ deleted: 1 });
  expect(await env.ok('k1', 'library.history.delete', { ids: [ids[1] as number, ids[2] as number, ...theirs] })).toEqual({ deleted: 2 });
  expect((await env.ok('k1', 'library.history.list', {})).total).toBe(2);
  expect(await env.ok('k1', 'library.history.delete', { all: true })).toEqual({ deleted: 2 });
  expect((await env.ok('k1', 'library.history.list', {})).total).toBe(0);
  expect((await env.ok('k2', 'library.history.list', {})).total).toBe(1);
});
