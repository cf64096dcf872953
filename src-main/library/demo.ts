// Demo data of the library area, placed around the clock's "now": a small catalogue, two patrons
// and everything Myライブラリ shows. Documented in the README:
//   図書 花子  card 2000000000015, password hondana2026 — loans (one overdue, one due tomorrow,
//              one another patron has reserved), holds (one ready, one in the queue), cart,
//              history, a shelf, an e-book, SDI entries; 返却期限通知 停止 (to be turned on).
//   窓口 太郎  card 2000000000022, still on the initial password 0401 (born 1 April): the first
//              login asks for a new password.
import { hashSecretSync } from '../auth/secrets';
import type { DemoContext } from '../demo/seed';
import { LibraryCalendar } from './calendar';

export const DEMO_PATRON = {
  cardNumber: '2000000000015',
  password: 'hondana2026',
  name: '図書 花子',
  kana: 'トショ ハナコ',
  birthDate: '1985-08-08',
  email: 'hanako.tosho@example.jp',
} as const;

export const DEMO_NEW_PATRON = {
  cardNumber: '2000000000022',
  initialPassword: '0401',
  name: '窓口 太郎',
  kana: 'マドグチ タロウ',
  birthDate: '1990-04-01',
} as const;

const DAY = 24 * 60 * 60 * 1000;

const CATALOGUE: { title: string; author: string; publisher: string; year: number; kind?: 'ebook' }[] = [
  { title: '吾輩は猫である', author: '夏目漱石', publisher: '白川書房', year: 2016 },
  { title: '坊っちゃん', author: '夏目漱石', publisher: '白川書房', year: 2017 },
  { title: 'こころ', author: '夏目漱石', publisher: '白川書房', year: 2014 },
  { title: '草枕', author: '夏目漱石', publisher: '江津湖社', year: 2019 },
  { title: '三四郎', author: '夏目漱石', publisher: '白川書房', year: 2015 },
  { title: '羅生門・鼻', author: '芥川龍之介', publisher: '肥後出版', year: 2018 },
  { title: '蜘蛛の糸・杜子春', author: '芥川龍之介', publisher: '肥後出版', year: 2012 },
  { title: '河童', author: '芥川龍之介', publisher: '江津湖社', year: 2020 },
  { title: '銀河鉄道の夜', author: '宮沢賢治', publisher: '江津湖社', year: 2013 },
  { title: '注文の多い料理店', author: '宮沢賢治', publisher: '肥後出版', year: 2011 },
  { title: '風の又三郎', author: '宮沢賢治', publisher: '肥後出版', year: 2016 },
  { title: '走れメロス', author: '太宰治', publisher: '白川書房', year: 2015 },
  { title: '斜陽', author: '太宰治', publisher: '白川書房', year: 2018 },
  { title: '舞姫', author: '森鴎外', publisher: '江津湖社', year: 2010 },
  { title: '高瀬舟', author: '森鴎外', publisher: '江津湖社', year: 2012 },
  { title: '山月記', author: '中島敦', publisher: '肥後出版', year: 2019 },
  { title: 'たけくらべ', author: '樋口一葉', publisher: '白川書房', year: 2009 },
  { title: '檸檬', author: '梶井基次郎', publisher: '江津湖社', year: 2021 },
  { title: '五重塔', author: '幸田露伴', publisher: '肥後出版', year: 2008 },
  { title: '武蔵野', author: '国木田独歩', publisher: '白川書房', year: 2013 },
  { title: '熊本の石橋をたずねて', author: '肥後石工研究会', publisher: '肥後出版', year: 2022 },
  { title: 'くまもと水の散歩道', author: '江津湖の会', publisher: '江津湖社', year: 2023 },
  { title: '熊本城の四百年', author: '城下町史料室', publisher: '肥後出版', year: 2021 },
  { title: 'はじめての家庭菜園', author: '野菜づくり研究会', publisher: '白川書房', year: 2024 },
  { title: '子どもと楽しむ星空観察', author: '天文同好会', publisher: '江津湖社', year: 2020 },
  { title: 'Kokoro (English translation)', author: 'Natsume Soseki', publisher: 'Shirakawa Press', year: 2018 },
  { title: 'Night on the Galactic Railroad', author: 'Miyazawa Kenji', publisher: 'Ezuko Books', year: 2019 },
  { title: 'はじめてのプログラミング', author: '情報教育研究会', publisher: '白川書房', year: 2024, kind: 'ebook' },
  { title: 'やさしい熊本弁入門', author: '肥後ことば会', publisher: '肥後出版', year: 2022, kind: 'ebook' },
];

const READY = "UPDATE holds SET status = 'ready', ready_at = ?, pickup_until = ? WHERE account_id = ? AND item_id = ?";
const HISTORY = 'INSERT INTO loan_history (account_id, item_id, branch, loaned_at, returned_at) VALUES (?, ?, ?, ?, ?)';

export async function seedLibraryDemo({ store, services, clock, config }: DemoContext): Promise<void> {
  const lib = services.library;
  const now = clock.now();
  const by = { actor: 'system', terminal: 'demo' };
  const today = lib.deps.calendar.dateOf(now);
  const day = (offset: number) => LibraryCalendar.addDays(today, offset);

  // Items joined the collection a while ago, so the first SDI run does not treat them as new.
  const ids: number[] = [];
  for (const [i, item] of CATALOGUE.entries()) ids.push(await lib.catalogue.add({ ...item, addedAt: now - (400 - i) * DAY }));
  const item = (title: string) => ids[CATALOGUE.findIndex((c) => c.title === title)] as number;

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
