// The on-screen keyboard at a kiosk: it follows the focused input with that input's layout, its keys
// type into the input (and v-model) at the caret, the physical keyboard keeps working, and at the
// counter it never appears. The form is the citizens' ログイン screen (seed 000).
import { expect, test } from '@playwright/test';
import { expectAccessible, type Kiosk, launchKiosk, saveScreenshot } from './harness';

let kiosk: Kiosk | undefined;

test.afterEach(async () => {
  await kiosk?.close();
  kiosk = undefined;
});

test('typing 利用者キー and the one-time password on the soft keyboard', async () => {
  kiosk = await launchKiosk();
  const { page } = kiosk;
  await page.evaluate("location.hash = '#/city/login'");
  const userKey = page.getByLabel('利用者キー');
  const keyboard = page.getByRole('group', { name: '画面のキーボード' });
  const key = (name: string) => keyboard.getByRole('button', { name, exact: true });

  await expect(keyboard).toBeHidden();
  await userKey.click();
  await expect(keyboard).toBeVisible();
  // The system's own touch keyboard stays away while ours is shown.
  await expect(userKey).toHaveAttribute('inputmode', 'none');

  for (const k of ['a', 'b', 'c', 'd', '1', '2', '3', '4', '6']) await key(k).click();
  await key('⌫ 1字消す').click();
  await key('5').click();
  await expect(userKey).toHaveValue('abcd12345');
  await expect(userKey).toBeFocused();
  await saveScreenshot(page, 'soft-keyboard-alpha-portrait');
  await expectAccessible(page, 'login with the soft keyboard open');

  // Typing goes in at the caret, not only at the end.
  await userKey.press('Home');
  await key('x').click();
  await expect(userKey).toHaveValue('xabcd12345');
  await key('⌫ 1字消す').click();

  // The next input takes over the keyboard; capitals come from the shift key.
  const otp = page.getByLabel('ワンタイムパスワード');
  await otp.click();
  await key('⇧ 大文字').click();
  for (const k of ['A', 'B']) await key(k).click();
  await key('⇧ 小文字').click();
  await key('c').click();
  await expect(otp).toHaveValue('ABc');

  // A physical keyboard still works in the same input.
  await otp.pressSequentially('d3');
  await expect(otp).toHaveValue('ABcd3');

  await key('キーボードを閉じる').click();
  await expect(keyboard).toBeHidden();
  await expect(userKey).toHaveValue('abcd12345');
  expect(kiosk.pageErrors).toEqual([]);
});

test('in landscape the focused input stays above the keyboard', async () => {
  kiosk = await launchKiosk({ viewport: { width: 1920, height: 1080 } });
  const { page } = kiosk;
  await page.evaluate("location.hash = '#/city/login'");
  const otp = page.getByLabel('ワンタイムパスワード');
  await otp.click();
  const keyboard = page.getByRole('group', { name: '画面のキーボード' });
  await expect(keyboard).toBeVisible();
  const inputBox = (await otp.boundingBox())!;
  const keyboardBox = (await keyboard.boundingBox())!;
  expect(inputBox.y + inputBox.height).toBeLessThanOrEqual(keyboardBox.y);
  await saveScreenshot(page, 'soft-keyboard-alpha-landscape');
});

test('no soft keyboard at the counter: the clerk types on the real keyboard', async () => {
  kiosk = await launchKiosk({ config: { mode: 'counter' } });
  const { page } = kiosk;
  await page.evaluate("location.hash = '#/city/login'");
  const userKey = page.getByLabel('利用者キー');
  await userKey.click();
  await userKey.pressSequentially('abcd12345');
  await expect(userKey).toHaveValue('abcd12345');
  await expect(page.getByRole('group', { name: '画面のキーボード' })).toHaveCount(0);
  await expect(userKey).not.toHaveAttribute('inputmode', 'none');
});

test('the kana table: voiced marks, small kana and katakana', async () => {
  kiosk = await launchKiosk();
  const { page, app, terminalId } = kiosk;
  // A patron at the library's search screen; the search itself is not sent in this test.
  app.services.sessions.start(terminalId, {
    accountId: 1,
    kind: 'patron',
    loginId: '1234567890123',
    displayName: '図書 太郎',
    role: null,
    permissions: [],
    requiredAction: null,
  });
  await page.evaluate("location.hash = '#/library/search'");
  const query = page.getByLabel('書名・著者名');
  await query.click();
  const keyboard = page.getByRole('group', { name: '画面のキーボード' });
  const key = (name: string) => keyboard.getByRole('button', { name, exact: true });
  await expect(key('あ')).toBeVisible();

  for (const k of ['か', '゛ 濁点', 'つ', '小さい字', 'は', '゜ 半濁点']) await key(k).click();
  await expect(query).toHaveValue('がっぱ');
  await saveScreenshot(page, 'soft-keyboard-kana-portrait');
  await expectAccessible(page, 'kana keyboard');

  await key('カタカナ').click();
  for (const k of ['ア', 'ン']) await key(k).click();
  await key('ひらがな').click();
  await key('ー').click();
  await expect(query).toHaveValue('がっぱアンー');
  expect(kiosk.pageErrors).toEqual([]);
});
