// Demo data of the library area, placed around the clock's "now": a small catalogue, two patrons
// and everything Myライブラリ shows. The catalogue is a sample file, resources/demo/catalogue.csv,
// imported through the same path as a library's own file (CLI and counter screen); its lines keep
// the order the demo's items always had, so their ids stay 1…29. Documented in the README:
//   図書 花子  card 2000000000015, password hondana2026 — loans (one overdue, one due tomorrow,
//              one another patron has reserved), holds (one ready, one in the queue), cart,
//              history, a shelf, an e-book, SDI entries; 返却期限通知 停止 (to be turned on).
//   窓口 太郎  card 2000000000022, still on the initial password 0401 (born 1 April): the first
//              login asks for a new password.
import { branchDraft, branchInput } from '../../src-shared/contract/catalogue';
import { hashSecretSync } from '../auth/secrets';
import type { DemoContext } from '../demo/seed';
import demoCatalogue from '../../resources/demo/catalogue.csv?raw';
import { LibraryCalendar } from './calendar';
import { DEMO_NEW_PATRON, DEMO_PATRON } from './demo-patrons';

export { DEMO_NEW_PATRON, DEMO_PATRON };

const DAY = 24 * 60 * 60 * 1000;

const ITEMS = 'SELECT id, title FROM catalogue_items ORDER BY id';
const READY = "UPDATE holds SET status = 'ready', ready_at = ?, pickup_until = ? WHERE account_id = ? AND item_id = ?";
const HISTORY = 'INSERT INTO loan_history (account_id, item_id, branch, loaned_at, returned_at) VALUES (?, ?, ?, ?, ?)';

export async function seedLibraryDemo({ store, services, clock, config }: DemoContext): Promise<void> {
  const lib = services.library;
  const now = clock.now();
  const by = { actor: 'system', terminal: 'demo' };
  const today = lib.deps.calendar.dateOf(now);
  const day = (offset: number) => LibraryCalendar.addDays(today, offset);

  // Items joined the collection a while ago, so the first SDI run does not treat them as new.
  const imported = await lib.catalogueImport.run(Buffer.from(demoCatalogue, 'utf8'), by, { fileName: 'catalogue.csv', addedAt: now - 400 * DAY });
  if (!imported.written) throw new Error(`demo catalogue refused: ${JSON.stringify(imported.refusals.slice(0, 3))}`);
  const ids = new Map((await store.all<{ id: number; title: string }>(ITEMS)).map((r) => [r.title, r.id]));
  const item = (title: string) => ids.get(title) as number;
  // Most branches close on Mondays, as Japanese public libraries do; 本館 opens every day.
  for (const b of lib.branches.details()) {
    if (b.code !== 'honkan') await lib.branchDesk.save(branchInput.parse({ ...branchDraft(b), openWeekdays: [0, 2, 3, 4, 5, 6], isNew: false }), by);
  }

  const hanako = await lib.registration.insert(
    {
      name: DEMO_PATRON.name,
      kana: DEMO_PATRON.kana,
      birthDate: DEMO_PATRON.birthDate,
      phones: { mobile: '09012345678' },
      email: DEMO_PATRON.email,
      emailKind: 'pc',
      pickupBranch: 'tatsuta',
    },
    hashSecretSync(DEMO_PATRON.password, config.security.kdf),
    by,
    { cardNumber: DEMO_PATRON.cardNumber, mustChange: false },
  );
  const taro = await lib.registration.insert(
    { name: DEMO_NEW_PATRON.name, kana: DEMO_NEW_PATRON.kana, birthDate: DEMO_NEW_PATRON.birthDate, phones: { home: '0963000000' } },
    hashSecretSync(DEMO_NEW_PATRON.initialPassword, config.security.kdf),
    by,
    { cardNumber: DEMO_NEW_PATRON.cardNumber, mustChange: true },
  );

  const patron = await lib.patrons.get(hanako.accountId);
  if (!patron) throw new Error('demo patron missing');
  await lib.patrons.saveSettings(
    hanako.accountId,
    // 返却期限通知 stays 停止: turning it on is the seed's own walk-through (section 3).
    { ...patron.settings, holdTo: { pc: true, mobile: false }, sdiTo: { pc: true, mobile: false }, keepHistory: true },
    now - 90 * DAY,
    now,
  );

  // Loans: overdue, due tomorrow, reserved by someone else, and a fresh one.
  await lib.loans.lend(hanako.accountId, item('坊っちゃん'), { branch: 'tatsuta', loanedAt: now - 17 * DAY, dueDate: day(-3) });
  await lib.loans.lend(hanako.accountId, item('銀河鉄道の夜'), { branch: 'honkan', loanedAt: now - 13 * DAY, dueDate: day(1) });
  const reserved = item('山月記');
  await lib.loans.lend(hanako.accountId, reserved, { branch: 'tatsuta', loanedAt: now - 5 * DAY, dueDate: day(9) });
  await lib.loans.lend(hanako.accountId, item('熊本城の四百年'), { branch: 'tatsuta', loanedAt: now - 2 * DAY, dueDate: day(12) });
  await lib.holds.place(taro.accountId, [reserved], 'honkan');

  // Holds: 太郎 is first in the queue for 斜陽, so 花子 is second; 檸檬 is ready for her.
  await lib.holds.place(taro.accountId, [item('斜陽')], 'honkan');
  await lib.holds.place(hanako.accountId, [item('斜陽'), item('檸檬')], 'tatsuta');
  await store.run(READY, [now - DAY, day(6), hanako.accountId, item('檸檬')]);

  await lib.cart.add(hanako.accountId, item('注文の多い料理店'));
  await lib.cart.add(hanako.accountId, item('くまもと水の散歩道'));

  for (const [i, title] of ['吾輩は猫である', 'こころ', '羅生門・鼻', '走れメロス', '舞姫', '熊本の石橋をたずねて'].entries()) {
    const returned = now - (10 + i * 9) * DAY;
    await store.run(HISTORY, [hanako.accountId, item(title), i % 2 ? 'honkan' : 'tatsuta', returned - 12 * DAY, returned]);
  }

  const shelf = await lib.shelves.create(hanako.accountId, 'もう一度読みたい本');
  await lib.shelves.addItem(hanako.accountId, shelf.id, item('こころ'));
  await lib.shelves.addItem(hanako.accountId, shelf.id, item('走れメロス'));

  await lib.ebooks.record(hanako.accountId, item('やさしい熊本弁入門'), day(10));

  await lib.sdi.add(hanako.accountId, 'keyword', '熊本');
  const off = await lib.sdi.add(hanako.accountId, 'author', '宮沢賢治');
  await lib.sdi.setEnabled(hanako.accountId, off.id, false);
}
