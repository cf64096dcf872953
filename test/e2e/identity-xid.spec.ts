// xID end to end (seed 004) in Chromium, with a real OpenID Connect provider on 127.0.0.1 and a test
// "phone" that approves over HTTP while the kiosk shows the QR code: 利用者新規登録 → xIDアプリで登録
// → xIDで新規登録する → 同意する → QR → approval → xIDで新規登録が完了しました and the key mail;
// ログアウト; xIDでログイン → 予約一覧; パスワードの再設定 by mail; メールアドレスとパスワードでログイン.
import { expect, type Page, test } from '@playwright/test';
import { DEMO_CITIZEN } from '../../src-main/citizen';
import { startIdp, type TestIdp } from '../fixtures/idp';
import { expectAccessible, type Kiosk, LANDSCAPE, launchKiosk, saveScreenshot } from './harness';

let kiosk: Kiosk | undefined;
let idp: TestIdp | undefined;

test.afterEach(async () => {
  await kiosk?.close();
  await idp?.close();
  kiosk = undefined;
  idp = undefined;
});

const TARO = { sub: 'xid-toyooka-taro', email: 'taro.toyooka@example.jp', name: '豊岡 太郎' };
// The issuer gives no polling interval, so the kiosk waits the RFC's 5 seconds between polls.
const APPROVAL_TIMEOUT = 20_000;

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

/** The on-screen keyboard covers the lower part of the screen while an input has the focus. */
async function press(page: Page, name: string): Promise<void> {
  const close = page.getByRole('button', { name: 'キーボードを閉じる' });
  if (await close.isVisible()) await close.click();
  await page.getByRole('button', { name, exact: true }).click();
}

async function openLogin(page: Page): Promise<void> {
  await page.getByRole('link', { name: /市役所の予約/ }).click();
  await expect(heading(page, '市役所の予約')).toBeVisible();
  await page.getByRole('button', { name: 'ログイン', exact: true }).click();
  await expect(heading(page, 'ログイン')).toBeVisible();
}

/** Reads the code and address off the kiosk screen and approves on the "phone", as a person would. */
async function approveFromScreen(page: Page, sub: string): Promise<void> {
  const userCode = (await page.getByTestId('user-code').textContent())?.trim() ?? '';
  const address = (await page.locator('.xid-code__url').textContent())?.trim() ?? '';
  expect(userCode).toMatch(/^[A-Z]{4}-[A-Z]{4}$/);
  await idp?.phone.approveByCode(address, userCode, sub);
}

test('register with xID, get the key by mail, log out, and log in with xID', async () => {
  idp = await startIdp();
  kiosk = await launchKiosk({ config: { identity: { issuer: idp.issuer, clientId: idp.clientId } } });
  const { page, mailbox } = kiosk;

  await openLogin(page);
  await page.getByRole('button', { name: '利用者新規登録' }).click();
  await expect(heading(page, '利用者新規登録')).toBeVisible();
  await expectAccessible(page, 'identity register');
  await page.getByRole('button', { name: 'xIDアプリで登録' }).click();

  await expect(heading(page, 'xIDで新規登録')).toBeVisible();
  await saveScreenshot(page, 'identity-xid-intro');
  await page.getByRole('button', { name: 'xIDで新規登録する' }).click();

  await expect(heading(page, '情報提供への同意')).toBeVisible();
  for (const item of ['氏名', '住所', '生年月日', 'メールアドレス']) await expect(page.getByRole('listitem').filter({ hasText: item })).toBeVisible();
  await expectAccessible(page, 'identity consent');
  await saveScreenshot(page, 'identity-consent');
  await page.getByRole('button', { name: '同意する' }).click();

  await expect(heading(page, 'スマートフォンで読み取ってください')).toBeVisible();
  await expect(page.getByRole('img', { name: /QRコード/ })).toBeVisible();
  await expect(page.getByText(/有効期限まで あと(10分0|9分\d+)秒/)).toBeVisible();
  await expect(page.getByText(`${idp.issuer}/device`)).toBeVisible();
  await expectAccessible(page, 'identity qr');
  await saveScreenshot(page, 'identity-qr');
  await approveFromScreen(page, TARO.sub);

  await expect(heading(page, 'xIDで新規登録が完了しました')).toBeVisible({ timeout: APPROVAL_TIMEOUT });
  const userKey = (await page.locator('.xid-key').textContent())?.trim() ?? '';
  expect(userKey).toMatch(/^[a-z]{4}\d{5}$/);
  await expectAccessible(page, 'identity registered');
  await saveScreenshot(page, 'identity-registered');
  const mail = await mailbox.waitFor({ to: TARO.email, subject: 'xIDで新規登録が完了しました' });
  expect(mail.text).toContain(userKey);

  // Registered means logged in: 予約一覧, then ログアウト.
  await page.getByRole('button', { name: '予約一覧へ' }).click();
  await expect(heading(page, '予約一覧')).toBeVisible();
  await page.getByRole('link', { name: 'ログアウト' }).click();
  await expect(heading(page, 'ログアウト')).toBeVisible();
  await page.getByRole('button', { name: 'ログアウト' }).click();
  await expect(page.getByRole('link', { name: /市役所の予約/ })).toBeVisible();

  // xIDでログイン: the same QR screen, and the known xID lands on 予約一覧.
  await openLogin(page);
  await page.getByRole('button', { name: 'xIDでログイン' }).click();
  await expect(heading(page, 'xIDでログイン')).toBeVisible();
  await expect(page.getByTestId('user-code')).toBeVisible();
  await approveFromScreen(page, TARO.sub);
  await expect(heading(page, '予約一覧')).toBeVisible({ timeout: APPROVAL_TIMEOUT });
  expect(kiosk.pageErrors).toEqual([]);
});

test('キャンセル on the QR screen stops the waiting and goes back', async () => {
  idp = await startIdp();
  kiosk = await launchKiosk({ config: { identity: { issuer: idp.issuer, clientId: idp.clientId } } });
  const { page, app } = kiosk;
  await openLogin(page);
  await page.getByRole('button', { name: 'xIDでログイン' }).click();
  await expect(page.getByTestId('user-code')).toBeVisible();
  await page.getByRole('button', { name: 'キャンセル' }).click();
  await expect(heading(page, 'ログイン')).toBeVisible();
  expect(app.services.identity.flows.holds(kiosk.terminalId)).toEqual({ flow: false, identity: false });
});

test('xID is hidden without an issuer, and says unavailable when the issuer is down', async () => {
  kiosk = await launchKiosk();
  await openLogin(kiosk.page);
  await expect(kiosk.page.getByRole('button', { name: 'メールアドレスとパスワードでログイン' })).toBeVisible();
  await expect(kiosk.page.getByRole('button', { name: 'xIDでログイン' })).toHaveCount(0);
  await kiosk.close();

  kiosk = await launchKiosk({ config: { identity: { issuer: 'http://127.0.0.1:9' } } });
  const { page } = kiosk;
  await openLogin(page);
  await page.getByRole('button', { name: 'xIDでログイン' }).click();
  await expect(heading(page, 'xIDは、いまご利用になれません')).toBeVisible();
  await expectAccessible(page, 'identity unavailable');
  await saveScreenshot(page, 'identity-unavailable');
  await page.getByRole('button', { name: 'ログイン画面へ' }).click();
  await expect(heading(page, 'ログイン')).toBeVisible();
});

test('reset the password by mail, then log in with e-mail address and password', async () => {
  kiosk = await launchKiosk({ demo: true });
  const { page, mailbox } = kiosk;
  const password = 'Kounotori-2026';

  await openLogin(page);
  await page.getByRole('button', { name: 'メールアドレスとパスワードでログイン' }).click();
  await expect(heading(page, 'メールアドレスとパスワードでログイン')).toBeVisible();
  await page.getByRole('link', { name: 'パスワードの再設定' }).click();

  await expect(heading(page, 'パスワードの再設定')).toBeVisible();
  await page.getByLabel('メールアドレス').fill(DEMO_CITIZEN.email);
  await expectAccessible(page, 'password reset email');
  await saveScreenshot(page, 'identity-reset-email');
  await press(page, '再設定コードを送る');
  await expect(page.getByText('コードの有効期間は30分間です。')).toBeVisible();

  const mail = await mailbox.waitFor({ to: DEMO_CITIZEN.email, subject: 'パスワード再設定コードのご案内' });
  const code = /再設定コード: ([A-Za-z0-9]{8})/.exec(mail.text)?.[1] ?? '';
  expect(code).toHaveLength(8);

  // The rules show before anything is sent.
  await page.getByLabel('再設定コード').fill(code);
  await page.getByLabel('新しいパスワード', { exact: true }).fill('password123');
  await page.getByLabel('新しいパスワード（確認）').fill('password123');
  await press(page, 'パスワードを再設定する');
  await expect(page.getByText('よく使われているパスワードのため、使えません。')).toBeVisible();
  await page.getByLabel('新しいパスワード', { exact: true }).fill(password);
  await page.getByLabel('新しいパスワード（確認）').fill(password);
  await expectAccessible(page, 'password reset code');
  await saveScreenshot(page, 'identity-reset-code');
  await press(page, 'パスワードを再設定する');

  await expect(heading(page, 'パスワードを再設定しました')).toBeVisible();
  await mailbox.waitFor({ to: DEMO_CITIZEN.email, subject: 'パスワードを再設定しました' });
  await page.getByRole('button', { name: 'メールアドレスとパスワードでログイン' }).click();

  await page.getByLabel('メールアドレス').fill(DEMO_CITIZEN.email);
  await page.getByLabel('パスワード', { exact: true }).fill('wrong-password');
  await press(page, 'ログイン');
  await expect(page.getByText(/ログインできませんでした/)).toBeVisible();
  await page.getByLabel('パスワード', { exact: true }).fill(password);
  await expectAccessible(page, 'password login');
  await saveScreenshot(page, 'identity-password-login');
  await press(page, 'ログイン');
  await expect(heading(page, '予約一覧')).toBeVisible();
  expect(kiosk.pageErrors).toEqual([]);
});

test('a citizen logged in by one-time password links xID, once', async () => {
  idp = await startIdp();
  kiosk = await launchKiosk({ demo: true, config: { identity: { issuer: idp.issuer, clientId: idp.clientId } } });
  const { page, app, mailbox, terminalId } = kiosk;

  // Log this terminal in with the demo citizen's key and a mailed one-time password.
  expect((await app.router.call('setup', 'citizen.otp.issue', { userKey: DEMO_CITIZEN.userKey, email: DEMO_CITIZEN.email })).ok).toBe(true);
  const otp = /ワンタイムパスワード：([A-Za-z0-9]{8})/.exec((await mailbox.waitFor({ to: DEMO_CITIZEN.email, subject: 'ワンタイムパスワードのご案内' })).text)?.[1] ?? '';
  expect((await app.router.call(terminalId, 'citizen.login', { userKey: DEMO_CITIZEN.userKey, otp })).ok).toBe(true);
  await page.getByRole('link', { name: /市役所の予約/ }).click();
  await page.getByRole('button', { name: '予約一覧へ' }).click();
  await expect(heading(page, '予約一覧')).toBeVisible();

  await page.getByRole('link', { name: 'xID連携' }).click();
  await expect(heading(page, '情報提供への同意')).toBeVisible();
  await expect(page.getByText('いまログインしているアカウントをxIDと連携します。')).toBeVisible();
  await page.getByRole('button', { name: '同意する' }).click();
  await expect(heading(page, 'xIDと連携')).toBeVisible();
  await expect(page.getByTestId('user-code')).toBeVisible();
  await approveFromScreen(page, 'xid-izushi-jiro');
  await expect(heading(page, 'xIDと連携しました')).toBeVisible({ timeout: APPROVAL_TIMEOUT });
  await expectAccessible(page, 'identity linked');
  await saveScreenshot(page, 'identity-linked');
  await mailbox.waitFor({ to: DEMO_CITIZEN.email, subject: 'xIDとの連携を設定しました' });

  // One xID per account: the menu entry now says so at once.
  await page.getByRole('button', { name: '予約一覧へ' }).click();
  await expect(heading(page, '予約一覧')).toBeVisible();
  await page.getByRole('link', { name: 'xID連携' }).click();
  await expect(page.getByText('このアカウントは、すでにxIDと連携しています。')).toBeVisible();
});

test('landscape: the whole QR screen, キャンセル included, fits without scrolling (issue 13)', async () => {
  idp = await startIdp();
  for (const viewport of [LANDSCAPE, { width: 1280, height: 1024 }]) {
    kiosk = await launchKiosk({ viewport, config: { identity: { issuer: idp.issuer, clientId: idp.clientId } } });
    const { page } = kiosk;
    await openLogin(page);
    await page.getByRole('button', { name: 'xIDでログイン' }).click();
    await expect(page.getByTestId('user-code')).toBeVisible();
    for (const target of [page.getByRole('button', { name: 'キャンセル' }), page.getByRole('img', { name: /QRコード/ }), page.getByTestId('user-code')]) {
      const box = await target.boundingBox();
      expect(box, `${viewport.width}×${viewport.height}`).not.toBeNull();
      expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
      expect((box?.y ?? 0) + (box?.height ?? 0), `${viewport.width}×${viewport.height}`).toBeLessThanOrEqual(viewport.height);
    }
    expect(await page.evaluate('window.scrollY')).toBe(0);
    await saveScreenshot(page, `identity-qr-${viewport.width}x${viewport.height}`);
    await page.getByRole('button', { name: 'キャンセル' }).click();
    await expect(heading(page, 'ログイン')).toBeVisible();
    expect(kiosk.pageErrors).toEqual([]);
    await kiosk.close();
    kiosk = undefined;
  }
});

test('a password login locked by wrong passwords: the reset screen says what happened and the reset lifts it (issue 13)', async () => {
  kiosk = await launchKiosk({ demo: true });
  const { page, mailbox, app } = kiosk;
  const citizen = await app.services.accounts.findByLogin('citizen', DEMO_CITIZEN.userKey);
  await app.services.accounts.transition(citizen?.id ?? 0, (s) => ({ status: { ...s, locked: true, consecutiveFailures: 5 }, events: ['locked'] }), {
    actor: 'system',
    terminal: 'test',
  });

  await openLogin(page);
  await page.getByRole('button', { name: 'メールアドレスとパスワードでログイン' }).click();
  await page.getByRole('link', { name: 'パスワードの再設定' }).click();
  await expect(heading(page, 'パスワードの再設定')).toBeVisible();
  await expect(page.getByText('パスワードを続けて間違えてログインできなくなった（利用中止になった）方も、ここでパスワードを再設定すると、またログインできます。')).toBeVisible();
  await page.getByLabel('メールアドレス').fill(DEMO_CITIZEN.email);
  await press(page, '再設定コードを送る');
  await expect(page.getByText(/パスワードを5回続けて間違えると、パスワードでのログインが止まります（利用中止）。.*窓口におたずねください。/)).toBeVisible();
  await expectAccessible(page, 'password reset code with lock note');
  await saveScreenshot(page, 'identity-reset-locked');

  const mail = await mailbox.waitFor({ to: DEMO_CITIZEN.email, subject: 'パスワード再設定コードのご案内' });
  const code = /再設定コード: ([A-Z0-9]{8})/.exec(mail.text)?.[1] ?? '';
  expect(code).toHaveLength(8);
  // Typed in small letters, in two groups: the same code.
  await page.getByLabel('再設定コード').fill(`${code.slice(0, 4)} ${code.slice(4)}`.toLowerCase());
  await page.getByLabel('新しいパスワード', { exact: true }).fill('Kounotori-2026');
  await page.getByLabel('新しいパスワード（確認）').fill('Kounotori-2026');
  await press(page, 'パスワードを再設定する');
  await expect(heading(page, 'パスワードを再設定しました')).toBeVisible();
  expect(await app.services.accounts.findByLogin('citizen', DEMO_CITIZEN.userKey)).toMatchObject({ locked: false });

  await page.getByRole('button', { name: 'メールアドレスとパスワードでログイン' }).click();
  await page.getByLabel('メールアドレス').fill(DEMO_CITIZEN.email);
  await page.getByLabel('パスワード', { exact: true }).fill('Kounotori-2026');
  await press(page, 'ログイン');
  await expect(heading(page, '予約一覧')).toBeVisible();
  expect(kiosk.pageErrors).toEqual([]);
});
