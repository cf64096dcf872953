// The idle guard: after the terminal's idle time a countdown asks whether the person is still
// there; つづける keeps everything, silence ends the session in main, clears the screen and the
// language, and shows home. Page time is Playwright's fake clock; main's session is real.
import { expect, test } from '@playwright/test';
import { expectAccessible, type Kiosk, launchKiosk, saveScreenshot } from './harness';

let kiosk: Kiosk | undefined;

test.afterEach(async () => {
  await kiosk?.close();
  kiosk = undefined;
});

async function startSession(k: Kiosk): Promise<void> {
  // A session is a row of the store that refers to its account, so the account must exist.
  const account = await k.app.services.accounts.create('citizen', 'abcd12345', '窓口 花子');
  await k.app.services.sessions.start(k.terminalId, {
    accountId: account.id,
    kind: 'citizen',
    loginId: account.loginId,
    displayName: account.displayName,
    role: null,
    permissions: [],
    requiredAction: null,
  });
}

test('the countdown appears after 120 s, つづける keeps the session, and silence returns home', async () => {
  kiosk = await launchKiosk({ pageClock: true });
  const { page, app, terminalId } = kiosk;
  await startSession(kiosk);

  // A visitor switches to English and walks away.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'What would you like to do?' })).toBeVisible();
  const dialog = page.getByRole('dialog', { name: 'Are you still there?' });

  await page.clock.fastForward(119_000);
  await expect(dialog).toBeHidden();
  await page.clock.fastForward(2_000);
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('seconds');
  await expectAccessible(page, 'idle countdown');
  await saveScreenshot(page, 'idle-countdown-portrait');

  await dialog.getByRole('button', { name: 'Continue' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'What would you like to do?' })).toBeVisible();
  expect(await app.services.sessions.get(terminalId)).toBeDefined();

  // This time nobody answers.
  await page.clock.fastForward(121_000);
  await expect(dialog).toBeVisible();
  await page.clock.fastForward(21_000);
  await expect(page.getByRole('heading', { level: 1, name: 'ご用件をお選びください' })).toBeVisible();
  await expect(page.getByRole('status')).toContainText('しばらく操作がなかったので、最初の画面にもどりました');
  await expect(page.getByRole('button', { name: '日本語' })).toHaveAttribute('aria-pressed', 'true');
  expect(await app.services.sessions.get(terminalId)).toBeUndefined();
  await expectAccessible(page, 'home after idle');
  expect(kiosk.pageErrors).toEqual([]);
});

test('the counter terminal waits 300 s before asking', async () => {
  kiosk = await launchKiosk({ pageClock: true, config: { mode: 'counter' } });
  const { page } = kiosk;
  await page.goto(`${kiosk.origin}/index.html#/nowhere-yet`);
  await expect(page.getByRole('heading', { level: 1, name: 'この画面はありません' })).toBeVisible();
  const dialog = page.getByRole('dialog', { name: 'まだ操作しますか？' });

  await page.clock.fastForward(200_000);
  await expect(dialog).toBeHidden();
  await page.clock.fastForward(101_000);
  await expect(dialog).toBeVisible();
  await page.clock.fastForward(21_000);
  await expect(page.getByRole('heading', { level: 1, name: 'ご用件をお選びください' })).toBeVisible();
});

test('an idle time from the config (15 s) is honoured', async () => {
  kiosk = await launchKiosk({ pageClock: true, config: { idle: { kioskSeconds: 15, countdownSeconds: 5 } } });
  const { page } = kiosk;
  await page.goto(`${kiosk.origin}/index.html#/nowhere-yet`);
  await expect(page.getByRole('heading', { level: 1, name: 'この画面はありません' })).toBeVisible();
  await page.clock.fastForward(16_000);
  await expect(page.getByRole('dialog', { name: 'まだ操作しますか？' })).toBeVisible();
  await page.clock.fastForward(5_000);
  await expect(page.getByRole('heading', { level: 1, name: 'ご用件をお選びください' })).toBeVisible();
});

test('a half-filled form is gone after the idle reset', async () => {
  kiosk = await launchKiosk({ pageClock: true });
  const { page } = kiosk;
  // In-app navigation (no reload), as a visitor gets there by tapping.
  await page.evaluate("location.hash = '#/city/login'");
  const userKey = page.getByLabel('利用者キー');
  await userKey.click();
  const keyboard = page.getByRole('group', { name: '画面のキーボード' });
  for (const k of ['a', 'b', 'c']) await keyboard.getByRole('button', { name: k, exact: true }).click();
  await expect(userKey).toHaveValue('abc');

  await page.clock.fastForward(121_000);
  await expect(page.getByRole('dialog', { name: 'まだ操作しますか？' })).toBeVisible();
  await page.clock.fastForward(21_000);
  await expect(page.getByRole('heading', { level: 1, name: 'ご用件をお選びください' })).toBeVisible();
  await expect(keyboard).toBeHidden();

  await page.evaluate("location.hash = '#/city/login'");
  await expect(page.getByLabel('利用者キー')).toHaveValue('');
  await expect(page.getByLabel('ワンタイムパスワード')).toHaveValue('');
  expect(kiosk.pageErrors).toEqual([]);
});
