// 図書館 against the library's own ILS (library.system = sip2) in Chromium: the kiosk talks SIP2 to
// the test server (test/fixtures/sip2-server) — login with the ILS password, Myライブラリ with the
// ILS's loans and holds in Japanese, 延長 in the ILS; and, with the server stopped, the screen says
// 図書館システムに接続できません and the kiosk carries on.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { FakeClock } from '../../src-main/clock';
import { PATRON_HANAKO } from '../fixtures/sip2-server/fixture';
import { type Sip2TestServer, startSip2TestServer } from '../fixtures/sip2-server/server';
import { expectAccessible, type Kiosk, launchKiosk, saveScreenshot } from './harness';

let kiosk: Kiosk | undefined;
let server: Sip2TestServer | undefined;
let secrets: string | undefined;

test.afterEach(async () => {
  await kiosk?.close();
  await server?.close().catch(() => undefined);
  if (secrets) rmSync(secrets, { recursive: true, force: true });
  kiosk = undefined;
  server = undefined;
  secrets = undefined;
});

async function kioskOnIls(): Promise<{ page: Page; ils: Sip2TestServer }> {
  const clock = new FakeClock();
  const ils = await startSip2TestServer({ user: 'kiosk', password: 'sip-secret', now: () => clock.now() });
  server = ils;
  secrets = mkdtempSync(join(tmpdir(), 'madoguchi-sip-e2e-'));
  const passwordFile = join(secrets, 'sip-password');
  writeFileSync(passwordFile, 'sip-secret\n');
  kiosk = await launchKiosk({
    clock,
    config: {
      library: {
        system: 'sip2',
        sip2: { host: ils.host, port: ils.port, user: 'kiosk', passwordFile, locationCode: 'honkan', institutionId: 'TESTLIB', timeoutMs: 1_000 },
      },
    },
  });
  return { page: kiosk.page, ils };
}

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

async function login(page: Page, password: string): Promise<void> {
  await page.getByRole('link', { name: /図書館/ }).click();
  await expect(heading(page, '図書館 ログイン')).toBeVisible();
  await page.getByLabel('図書館カードの番号').fill(PATRON_HANAKO);
  await page.getByLabel('パスワード', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'ログイン', exact: true }).click();
}

test('login at the ILS, Myライブラリ from the ILS, and 延長 there', async () => {
  const { page, ils } = await kioskOnIls();
  await login(page, 'wrong-pass');
  await expect(page.getByRole('alert')).toContainText('ログインできませんでした');
  await page.getByLabel('パスワード', { exact: true }).fill('hana1234');
  await page.getByRole('button', { name: 'ログイン', exact: true }).click();
  await expect(heading(page, 'Myライブラリ')).toBeVisible();

  const loans = page.getByRole('region', { name: '借りている資料' });
  await expect(loans.getByText('2冊')).toBeVisible();
  await expect(loans.getByText('坊っちゃん')).toBeVisible();
  await expect(loans.getByText(/返却期限を過ぎています/)).toBeVisible();
  const holds = page.getByRole('region', { name: '予約した資料' });
  await expect(holds.getByText('こころ', { exact: true })).toBeVisible();
  await expect(holds.getByText('順番待ち（順番は図書館のカウンターでおたずねください）')).toBeVisible();
  // The ILS sends its own hold notices: no per-hold mail switch.
  await expect(holds.getByText('この予約のメールを受け取る')).toHaveCount(0);
  await expectAccessible(page, 'my library (sip2)');
  await saveScreenshot(page, 'library-sip2-my-library');

  await loans.getByRole('button', { name: /延長する.*銀河鉄道の夜/ }).click();
  await expect(page.getByText(/延長しました。新しい返却期限は 令和8年1月19日/)).toBeVisible();
  expect(ils.fixture.loans.find((l) => l.itemId === 'I002')?.renewals).toBe(1);
});

test('with the ILS stopped: 図書館システムに接続できません, at login and in Myライブラリ', async () => {
  const { page, ils } = await kioskOnIls();
  await login(page, 'hana1234');
  await expect(heading(page, 'Myライブラリ')).toBeVisible();
  await ils.close();
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('図書館システムに接続できません。しばらくしてからお試しください');
  await saveScreenshot(page, 'library-sip2-unavailable');
  // Still logged in: the session was not touched, and logging out works.
  await page.getByRole('button', { name: 'ログアウト' }).click();
  await login(page, 'hana1234');
  await expect(page.getByRole('alert')).toContainText('図書館システムに接続できません');
});

test('利用者情報変更 under sip2 hides the password fields: the ILS owns the password', async () => {
  const { page } = await kioskOnIls();
  await login(page, 'hana1234');
  await expect(heading(page, 'Myライブラリ')).toBeVisible();
  await page.getByRole('button', { name: '利用者情報変更' }).click();
  await expect(heading(page, '利用者情報変更')).toBeVisible();
  await expect(page.getByTestId('password-at-ils')).toHaveText('パスワードの変更は、図書館のカウンターでおたずねください。');
  await expect(page.getByLabel('現パスワード')).toHaveCount(0);
  await expect(page.getByLabel('新パスワード')).toHaveCount(0);
  // Everything else is still saved locally; the confirmation has no パスワード row.
  await page.getByRole('textbox', { name: 'E-mail1', exact: true }).fill('hanako@example.jp');
  await page.getByRole('button', { name: '更新', exact: true }).click();
  await expect(page.getByText('hanako@example.jp')).toBeVisible();
  await expect(page.getByText('パスワード', { exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: '更新', exact: true }).click();
  await expect(page.getByText('利用者情報変更申し込みを受け付けました。')).toBeVisible();
});
