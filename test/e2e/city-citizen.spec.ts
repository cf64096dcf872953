// 市役所の予約 end to end (seeds 000 and 001) in Chromium on the demo data, with real mails:
// reserve without login → the 利用者キー by mail → ワンタイムパスワード発行 → log in with the mailed
// code → 予約一覧 → 利用者情報変更 → cancel → ログアウト; 利用者キー再発行; 5 failed logins → 利用中止.
import { expect, type Page, test } from '@playwright/test';
import { DEMO_CITIZEN } from '../../src-main/citizen';
import { expectAccessible, type Kiosk, launchKiosk, saveScreenshot } from './harness';

let kiosk: Kiosk | undefined;

test.afterEach(async () => {
  await kiosk?.close();
  kiosk = undefined;
});

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

function otpFrom(text: string): string {
  const otp = /ワンタイムパスワード：([A-Za-z0-9]{8})/.exec(text)?.[1];
  if (!otp) throw new Error(`no one-time password in:\n${text}`);
  return otp;
}

/** The on-screen keyboard covers the lower part of the screen while an input has the focus. */
async function closeKeyboard(page: Page): Promise<void> {
  const close = page.getByRole('button', { name: 'キーボードを閉じる' });
  if (await close.isVisible()) await close.click();
}

async function press(page: Page, name: string): Promise<void> {
  await closeKeyboard(page);
  await page.getByRole('button', { name, exact: true }).click();
}

async function openCity(page: Page): Promise<void> {
  await page.getByRole('link', { name: /市役所の予約/ }).click();
  await expect(heading(page, '市役所の予約')).toBeVisible();
}

async function openLogin(page: Page): Promise<void> {
  await openCity(page);
  await press(page, 'ログイン');
  await expect(heading(page, 'ログイン')).toBeVisible();
}

test('reserve without login, get the key by mail, issue an OTP, log in, change the profile, cancel, log out', async () => {
  kiosk = await launchKiosk({ demo: true });
  const { page, mailbox, app } = kiosk;

  // Browse: categories → forms → a form's slots with the places left.
  await openCity(page);
  await expect(page.getByRole('link', { name: /新型コロナウイルスワクチン接種/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /相談・教室/ })).toBeVisible();
  await expectAccessible(page, 'city home');
  await saveScreenshot(page, 'city-home');
  await page.getByRole('link', { name: /確定申告相談/ }).click();
  await page.getByRole('link', { name: /確定申告相談会/ }).click();
  await expect(heading(page, /確定申告相談会/)).toBeVisible();
  await expect(page.getByText('残り3人').first()).toBeVisible();
  await expectAccessible(page, 'city form detail');
  await saveScreenshot(page, 'city-form-detail');
  // A day first, then that day's times: the first day with a place is chosen; another day brings its own times into view.
  const days = page.getByRole('list', { name: '日にち' }).getByRole('button');
  await expect(days.first()).toHaveAttribute('aria-pressed', 'true');
  const times = page.getByRole('list', { name: /の時間$/ });
  const timesHeading = page.getByRole('heading', { name: /の時間$/ });
  const firstDay = await timesHeading.innerText();
  await days.nth(1).click();
  await expect(days.nth(1)).toHaveAttribute('aria-pressed', 'true');
  await expect(days.first()).toHaveAttribute('aria-pressed', 'false');
  await expect(timesHeading).not.toHaveText(firstDay);
  await expect(times.getByRole('button').first()).toBeInViewport();
  await days.first().click();
  await page.getByRole('button', { name: /残り\d+人/ }).first().click();

  // 入力 → 確認 → 完了, with full-width digits and hyphens in the phone number.
  await expect(heading(page, '予約の申し込み')).toBeVisible();
  await page.getByLabel('氏名', { exact: true }).fill('申告 太郎');
  await page.getByLabel('電話番号').fill('０７６６－５１－６６００');
  await page.getByLabel('メールアドレス').fill('taro@example.jp');
  await page.getByLabel('郵便番号（〒）').fill('939-0294');
  await page.getByLabel('住所').fill('窓口市本町1-2-3');
  await expectAccessible(page, 'city reserve input');
  await saveScreenshot(page, 'city-reserve-input');
  await press(page, '確認画面へ');
  await expect(page.getByRole('cell', { name: '0766516600' })).toBeVisible();
  await expect(page.getByRole('cell', { name: '〒939-0294' })).toBeVisible();
  await expectAccessible(page, 'city reserve confirm');
  await saveScreenshot(page, 'city-reserve-confirm');
  await page.getByRole('button', { name: '予約する' }).click();
  await expect(page.getByText('予約を受け付けました')).toBeVisible();
  await saveScreenshot(page, 'city-reserve-done');

  const reservationMail = await mailbox.waitFor({ to: 'taro@example.jp', subject: '予約を受け付けました' });
  const userKey = /利用者キー：([a-z]{4}\d{5})/.exec(reservationMail.text)?.[1] ?? '';
  expect(userKey).toMatch(/^[a-z]{4}\d{5}$/);

  // ワンタイムパスワード発行 from the login screen's link.
  await page.getByRole('button', { name: 'はじめにもどる' }).click();
  await openLogin(page);
  await expectAccessible(page, 'city login');
  await saveScreenshot(page, 'city-login');
  await page.getByRole('link', { name: 'ワンタイムパスワード発行' }).click();
  await expect(heading(page, 'ワンタイムパスワード発行')).toBeVisible();
  await page.getByLabel('利用者キー').fill(userKey);
  await page.getByLabel('メールアドレス').fill('taro@example.jp');
  await press(page, '確認');
  await expect(page.getByRole('cell', { name: userKey })).toBeVisible();
  await expectAccessible(page, 'city otp confirm');
  await page.getByRole('button', { name: '発行' }).click();
  await expect(page.getByText('ワンタイムパスワード通知メールを送信しました。')).toBeVisible();
  await saveScreenshot(page, 'city-otp-done');
  const otp = otpFrom((await mailbox.waitFor({ to: 'taro@example.jp', subject: 'ワンタイムパスワードのご案内' })).text);

  // ログイン with パスワードを表示.
  await page.getByRole('button', { name: 'ログインへ' }).click();
  await page.getByLabel('利用者キー').fill(userKey);
  await page.getByLabel('ワンタイムパスワード').fill(otp);
  await expect(page.getByLabel('ワンタイムパスワード')).toHaveAttribute('type', 'password');
  await closeKeyboard(page);
  await page.getByRole('button', { name: 'パスワードを表示' }).click();
  await expect(page.getByLabel('ワンタイムパスワード')).toHaveAttribute('type', 'text');
  await press(page, 'ログイン');

  // 予約一覧 shows the reservation in the seeds' date style.
  await expect(heading(page, '予約一覧')).toBeVisible();
  await expect(page.getByText(/確定申告相談会（市役所 本庁舎3階 大会議室）／申告 太郎/)).toBeVisible();
  await expect(page.getByText(/令和8年1月\d+日\(.曜日\) \d+時\d\d分/)).toBeVisible();
  await expectAccessible(page, 'city reservations');
  await saveScreenshot(page, 'city-reservations');

  // 利用者情報変更: prefilled → 確認 → 送信 → done; mails to the new and the old address.
  await page.getByRole('link', { name: '利用者情報変更' }).click();
  await expect(heading(page, '利用者情報の変更')).toBeVisible();
  await expect(page.getByLabel('氏名', { exact: true })).toHaveValue('申告 太郎');
  await expect(page.getByLabel('電話番号')).toHaveValue('0766516600');
  await page.getByLabel('メールアドレス').fill('hanako.new@example.jp');
  await press(page, '確認');
  await expect(page.getByRole('cell', { name: 'hanako.new@example.jp' })).toBeVisible();
  await expectAccessible(page, 'city profile confirm');
  await press(page, '送信');
  await expect(page.getByText('利用者情報登録完了')).toBeVisible();
  await saveScreenshot(page, 'city-profile-done');
  await mailbox.waitFor({ to: 'hanako.new@example.jp', subject: '利用者情報を変更しました' });
  await mailbox.waitFor({ to: 'taro@example.jp', subject: '登録メールアドレスが変更されました' });

  // Cancel with a confirm step and a mail.
  await page.getByRole('link', { name: '予約一覧' }).click();
  await page.getByRole('button', { name: /^キャンセル：/ }).click();
  await expect(heading(page, '予約のキャンセル')).toBeVisible();
  await expectAccessible(page, 'city cancel confirm');
  await saveScreenshot(page, 'city-cancel-confirm');
  await page.getByRole('button', { name: 'キャンセルする' }).click();
  await expect(page.getByText('予約をキャンセルしました')).toBeVisible();
  await mailbox.waitFor({ to: 'hanako.new@example.jp', subject: '予約をキャンセルしました' });
  await page.getByRole('button', { name: '予約一覧へ' }).click();
  await expect(page.getByText('これから先の予約はありません。')).toBeVisible();

  // ログアウト: back to the kiosk home, session gone in main.
  await page.getByRole('link', { name: 'ログアウト' }).click();
  await expect(heading(page, 'ログアウト')).toBeVisible();
  await page.getByRole('button', { name: 'ログアウト', exact: true }).click();
  await expect(heading(page, 'ご用件をお選びください')).toBeVisible();
  expect(await app.services.sessions.info(kiosk.terminalId)).toBeNull();
  expect(kiosk.pageErrors).toEqual([]);
});

test('利用者キー再発行 mails the key registered with the address; the confirmation must match', async () => {
  kiosk = await launchKiosk({ demo: true });
  const { page, mailbox } = kiosk;
  await openLogin(page);
  await page.getByRole('link', { name: '利用者キー再発行' }).click();
  await expect(heading(page, '利用者キー再発行')).toBeVisible();

  await page.getByLabel('メールアドレス', { exact: true }).fill(DEMO_CITIZEN.email);
  await page.getByLabel('メールアドレス確認').fill('other@example.jp');
  await press(page, '確認');
  await expect(page.getByText('入力した内容が一致しません。')).toBeVisible();
  await expectAccessible(page, 'city key reissue (mismatch)');

  await page.getByLabel('メールアドレス確認').fill(DEMO_CITIZEN.email);
  await press(page, '確認');
  await expect(page.getByRole('cell', { name: DEMO_CITIZEN.email }).first()).toBeVisible();
  await press(page, '送信');
  await expect(page.getByText('利用者キー通知メールを送信しました。')).toBeVisible();
  await saveScreenshot(page, 'city-key-reissue-done');
  const mail = await mailbox.waitFor({ to: DEMO_CITIZEN.email, subject: '利用者キーのご案内' });
  expect(mail.subject).toBe('【窓口e-予約システム】利用者キーのご案内');
  expect(mail.text).toContain(DEMO_CITIZEN.userKey);
  expect(kiosk.pageErrors).toEqual([]);
});

test('5 wrong codes spend the code but never lock the key; every failure, and the spent code afterwards, shows the same message', async () => {
  kiosk = await launchKiosk({ demo: true });
  const { page, mailbox, app, clock } = kiosk;
  const issued = await app.router.call('setup', 'citizen.otp.issue', { userKey: DEMO_CITIZEN.userKey, email: DEMO_CITIZEN.email });
  expect(issued.ok).toBe(true);
  const otp = otpFrom((await mailbox.waitFor({ to: DEMO_CITIZEN.email, subject: 'ワンタイムパスワードのご案内' })).text);

  await openLogin(page);
  const generic = page.getByRole('alert').filter({ hasText: 'ログインできませんでした。' });
  for (let i = 0; i < 5; i++) {
    await page.getByLabel('利用者キー').fill(DEMO_CITIZEN.userKey);
    await page.getByLabel('ワンタイムパスワード').fill(i % 2 === 0 ? 'Wrong234' : 'AbCdEfGh');
    await press(page, 'ログイン');
    await expect(generic).toBeVisible();
  }
  // Code failures count on the code, not on the account (issue 13): no 利用中止.
  expect((await app.services.accounts.findByLogin('citizen', DEMO_CITIZEN.userKey))?.locked).toBe(false);

  // Past the terminal throttle's free tries, a moment passes before the next one.
  clock.advance(2_000);
  await page.getByLabel('利用者キー').fill(DEMO_CITIZEN.userKey);
  await page.getByLabel('ワンタイムパスワード').fill(otp);
  await press(page, 'ログイン');
  await expect(generic).toBeVisible();
  await expect(heading(page, 'ログイン')).toBeVisible();
  await expectAccessible(page, 'city login (failed)');
  await saveScreenshot(page, 'city-login-locked');
  expect(await app.services.sessions.info(kiosk.terminalId)).toBeNull();

  // A new code logs the citizen in.
  mailbox.clear();
  await app.router.call('setup', 'citizen.otp.issue', { userKey: DEMO_CITIZEN.userKey, email: DEMO_CITIZEN.email });
  const fresh = otpFrom((await mailbox.waitFor({ to: DEMO_CITIZEN.email, subject: 'ワンタイムパスワードのご案内' })).text);
  clock.advance(4_000);
  await page.getByLabel('利用者キー').fill(DEMO_CITIZEN.userKey);
  await page.getByLabel('ワンタイムパスワード').fill(fresh);
  await press(page, 'ログイン');
  await expect(heading(page, '予約一覧')).toBeVisible();
  expect(kiosk.pageErrors).toEqual([]);
});

test('a logged-in citizen books a vaccination series and cancelling dose 1 takes dose 2 with it', async () => {
  kiosk = await launchKiosk({ demo: true });
  const { page, mailbox, app } = kiosk;
  await app.router.call('setup', 'citizen.otp.issue', { userKey: DEMO_CITIZEN.userKey, email: DEMO_CITIZEN.email });
  const otp = otpFrom((await mailbox.waitFor({ to: DEMO_CITIZEN.email, subject: 'ワンタイムパスワードのご案内' })).text);
  await openLogin(page);
  await page.getByLabel('利用者キー').fill(DEMO_CITIZEN.userKey);
  await page.getByLabel('ワンタイムパスワード').fill(otp);
  await press(page, 'ログイン');
  await expect(heading(page, '予約一覧')).toBeVisible();

  await press(page, '新しく予約する');
  await page.getByRole('link', { name: /新型コロナウイルスワクチン接種/ }).click();
  await page.getByRole('link', { name: /集団接種/ }).click();
  await expect(page.getByText('1回目の日時を選んでください')).toBeVisible();
  await page.getByRole('button', { name: /残り\d+人/ }).first().click();
  await expect(page.getByText(/2回目の日時を選んでください/)).toBeVisible();
  await expectAccessible(page, 'city series dose 2');
  await saveScreenshot(page, 'city-series-dose2');
  await page.getByRole('button', { name: /残り\d+人/ }).first().click();
  await expect(page.getByText('ログイン中の利用者として予約します。内容をご確認ください。')).toBeVisible();
  await press(page, '確認画面へ');
  await press(page, '予約する');
  await expect(page.getByText('予約を受け付けました')).toBeVisible();
  await mailbox.waitFor({ to: DEMO_CITIZEN.email, subject: '予約を受け付けました' });

  await press(page, '予約一覧へ');
  await expect(page.getByText('2回目だけのキャンセルはできません（1回目と一緒にキャンセルされます）。')).toBeVisible();
  await page.getByRole('button', { name: /^キャンセル：新型コロナウイルスワクチン/ }).click();
  await expect(page.getByText('1回目をキャンセルすると、2回目の予約も一緒にキャンセルされます。')).toBeVisible();
  await press(page, 'キャンセルする');
  await expect(page.getByText('予約をキャンセルしました')).toBeVisible();
  await expect(page.getByRole('cell', { name: /（2回目）/ })).toBeVisible();
  await saveScreenshot(page, 'city-series-cancelled');
  expect(kiosk.pageErrors).toEqual([]);
});
