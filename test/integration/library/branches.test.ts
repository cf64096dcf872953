// 館の設定: branches and their opening days are data edited at the counter (staff:catalogue), audited,
// seen by patrons' screens and the catalogue import, and by the other terminals within a minute.
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { ChannelInput } from '../../../src-shared/contract';
import { errorOf, type StaffEnv, staffEnv } from '../staff/staff-env';

const CLERK = { pin: 'kan2468set', confirmPin: 'kan1357set' };
let env: StaffEnv;

beforeEach(async () => {
  env = await staffEnv();
  const { staffId } = await env.clerk(['catalogue'], CLERK);
  await env.ok('desk', 'staff.login', { staffId, pin: CLERK.pin });
});
afterEach(async () => {
  await env.close();
});

const nishi: ChannelInput<'counter.catalogue.branches.save'> = {
  code: 'Nishi',
  ja: '西部分館',
  translations: { en: { name: 'Seibu Branch' }, vi: { name: 'Chi nhánh Seibu' } },
  // Closed on Mondays and Tuesdays.
  openWeekdays: [0, 3, 4, 5, 6],
  closedDates: [
    { day: '2027年1月2日', note: '年末年始' },
    { day: '2026/12/29', note: '' },
  ],
  isNew: true,
};

it('lists the seeded branches with every day open, adds one with its opening days, audited', async () => {
  const before = await env.ok('desk', 'counter.catalogue.branches.list', {});
  expect(before).toHaveLength(14);
  expect(before[0]).toEqual({ code: 'honkan', ja: '本館', en: 'Main Library', openWeekdays: [0, 1, 2, 3, 4, 5, 6], closedDates: [] });

  const after = await env.ok('desk', 'counter.catalogue.branches.save', nishi);
  expect(after).toHaveLength(15);
  expect(after[14]).toEqual({
    code: 'nishi',
    ja: '西部分館',
    en: 'Seibu Branch',
    vi: 'Chi nhánh Seibu',
    openWeekdays: [0, 3, 4, 5, 6],
    closedDates: [
      { day: '2026-12-29', note: '' },
      { day: '2027-01-02', note: '年末年始' },
    ],
  });
  const lib = env.app.services.library;
  // Patrons may pick it as 予約受取館 at once.
  expect(lib.branches.has('nishi')).toBe(true);
  expect(lib.branches.name('nishi', 'ja')).toBe('西部分館');
  expect(lib.branches.isOpen('nishi', '2027-01-04')).toBe(false); // a Monday
  expect(lib.branches.isOpen('nishi', '2027-01-06')).toBe(true); // a Wednesday
  expect(lib.branches.isOpen('nishi', '2027-01-02')).toBe(false); // a Saturday, closed that date
  const [audit] = await env.app.services.audit.list({ action: 'library.branch.create' });
  expect(audit).toMatchObject({ target: 'branch:nishi', outcome: 'ok' });
  expect(JSON.parse(audit?.detail ?? '{}')).toEqual({ openWeekdays: 0b1111001, closedDates: 2 });

  // The catalogue import knows it by name.
  const csv = '資料ID,書名,所蔵館\nN0001,西の本,西部分館\n';
  const report = await env.ok('desk', 'counter.catalogue.import.run', { fileName: 'n.csv', data: Buffer.from(csv).toString('base64') });
  expect(report).toMatchObject({ added: 1, written: true });
});

it('edits a branch: names, weekdays and closed dates replaced, audited; a taken code or an unknown one is refused', async () => {
  await env.ok('desk', 'counter.catalogue.branches.save', { code: 'tobu', ja: '東部分館', translations: { en: { name: 'Tobu Branch' } }, openWeekdays: [1, 2, 3, 4, 5], closedDates: [{ day: '2027-05-06', note: '蔵書点検' }], isNew: false });
  const list = await env.ok('desk', 'counter.catalogue.branches.save', { code: 'tobu', ja: '東部分館', translations: { en: { name: 'Tobu Branch' } }, openWeekdays: [1, 2, 3, 4, 5], closedDates: [], isNew: false });
  expect(list.find((b) => b.code === 'tobu')).toEqual({ code: 'tobu', ja: '東部分館', en: 'Tobu Branch', openWeekdays: [1, 2, 3, 4, 5], closedDates: [] });
  expect(list.map((b) => b.code).indexOf('tobu')).toBe(1);
  expect(await env.app.services.audit.list({ action: 'library.branch.update' })).toHaveLength(2);

  expect(errorOf(await env.call('desk', 'counter.catalogue.branches.save', { ...nishi, code: 'honkan' }))).toEqual({ code: 'conflict', fields: { code: 'invalid' } });
  expect(errorOf(await env.call('desk', 'counter.catalogue.branches.save', { ...nishi, isNew: false })).code).toBe('not_found');
  expect(errorOf(await env.call('desk', 'counter.catalogue.branches.save', { ...nishi, code: '西', closedDates: [{ day: '2027-02-30', note: '' }] }))).toEqual({
    code: 'invalid_input',
    fields: { code: 'format', 'closedDates.0.day': 'format' },
  });
  expect(env.app.services.library.branches.name('honkan', 'ja')).toBe('本館');
});

it('reaches the held list of a terminal that did not make the change through the reload job', async () => {
  // As another terminal's edit: straight into the store.
  await env.app.store.run("UPDATE library_branches SET name_ja = '本館（改装中）' WHERE code = 'honkan'");
  expect(env.app.services.library.branches.name('honkan', 'ja')).toBe('本館');
  await env.app.jobs.runNow('library.branches.reload');
  expect(env.app.services.library.branches.name('honkan', 'ja')).toBe('本館（改装中）');
});
