// The kiosk on a PostgreSQL store: the same screens and the same createApp as the other specs,
// with config store.url pointing at a fresh database (test/fixtures/postgres-db.ts) instead of the
// data folder's SQLite file. One citizen flow and one library login walk every layer — migrations,
// demo seed, router, services, outbox and mail delivery — on the server a site shares between its
// terminals. playwright.config.ts runs it only where MADOGUCHI_TEST_POSTGRES_URL names a server
// (CI starts one), and says so in one line where it does not.
import { expect, type Page, test } from '@playwright/test';
import { DEMO_PATRON } from '../../src-main/library/demo-patrons';
import { createTestDatabase, type TestDatabase } from '../fixtures/postgres-db';
import { type Kiosk, launchKiosk } from './harness';

let kiosk: Kiosk | undefined;
let database: TestDatabase | undefined;

test.afterEach(async () => {
  // The app's pool first: dropping the database would otherwise cut its connections.
  await kiosk?.close();
  kiosk = undefined;
  await database?.drop();
  database = undefined;
});

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

async function launchOnPostgres(): Promise<Kiosk> {
  database = await createTestDatabase();
  const launched = await launchKiosk({ demo: true, storeUrl: database.url });
  expect(launched.app.store.kind).toBe('postgres');
  return launched;
}

async function press(page: Page, name: string): Promise<void> {
  const closeKeyboard = page.getByRole('button', { name: 'キーボードを閉じる' });
  if (await closeKeyboard.isVisible()) await closeKeyboard.click();
  await page.getByRole('button', { name, exact: true }).click();
}

test.describe('the kiosk on PostgreSQL', () => {
  test('a guest reserves a 市役所 slot and the 利用者キー arrives by mail', async () => {
    kiosk = await launchOnPostgres();
    const { page, mailbox, app } = kiosk;

    await page.getByRole('link', { name: /市役所の予約/ }).click();
    await expect(heading(page, '市役所の予約')).toBeVisible();
    await page.getByRole('link', { name: /確定申告相談/ }).click();
    await page.getByRole('link', { name: /確定申告相談会/ }).click();
    await expect(heading(page, /確定申告相談会/)).toBeVisible();
    await expect(page.getByText('残り3人').first()).toBeVisible();
    await page.getByRole('button', { name: /残り\d+人/ }).first().click();

    await expect(heading(page, '予約の申し込み')).toBeVisible();
    await page.getByLabel('氏名', { exact: true }).fill('申告 太郎');
    await page.getByLabel('電話番号').fill('０７６６－５１－６６００');
    await page.getByLabel('メールアドレス').fill('taro@example.jp');
    await page.getByLabel('郵便番号（〒）').fill('939-0294');
    await page.getByLabel('住所').fill('窓口市本町1-2-3');
    await press(page, '確認画面へ');
    await expect(page.getByRole('cell', { name: '0766516600' })).toBeVisible();
    await expect(page.getByRole('cell', { name: '〒939-0294' })).toBeVisible();
    await page.getByRole('button', { name: '予約する' }).click();
    await expect(page.getByText('予約を受け付けました')).toBeVisible();

    const mail = await mailbox.waitFor({ to: 'taro@example.jp', subject: '予約を受け付けました' });
    const userKey = /利用者キー：([a-z]{4}\d{5})/.exec(mail.text)?.[1] ?? '';
    expect(userKey).toMatch(/^[a-z]{4}\d{5}$/);
    // The guest's account and the reservation live in the PostgreSQL database.
    const account = await app.services.accounts.findByLogin('citizen', userKey);
    expect(account?.displayName).toBe('申告 太郎');
    const reservations = await app.store.get<{ n: number }>('SELECT count(*) AS n FROM reservations WHERE account_id = ?', [account?.id ?? 0]);
    expect(reservations?.n).toBe(1);
    expect(kiosk.pageErrors).toEqual([]);
  });

  test('the demo patron logs in to Myライブラリ', async () => {
    kiosk = await launchOnPostgres();
    const { page } = kiosk;

    await page.getByRole('link', { name: /図書館/ }).click();
    await expect(heading(page, '図書館 ログイン')).toBeVisible();
    await page.getByLabel('図書館カードの番号').fill(DEMO_PATRON.cardNumber);
    await page.getByLabel('パスワード', { exact: true }).fill(DEMO_PATRON.password);
    await page.getByRole('button', { name: 'ログイン', exact: true }).click();
    await expect(heading(page, 'Myライブラリ')).toBeVisible();
    await expect(page.getByText(`${DEMO_PATRON.cardNumber}さんのライブラリ`)).toBeVisible();
    const loans = page.getByRole('region', { name: '借りている資料' });
    await expect(loans.getByText('4冊')).toBeVisible();
    await expect(loans.getByText('坊っちゃん')).toBeVisible();
    expect(kiosk.pageErrors).toEqual([]);
  });
});
