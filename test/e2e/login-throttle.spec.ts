// Issue 13: after a few wrong logins the terminal waits a growing delay. The screen says so with a
// live countdown and keeps the submit button disabled until it reaches 0; then the person may try
// again. Page time is Playwright's fake clock, main's time the harness's FakeClock: both are moved
// together, as real time would move them.
import { expect, type Page, test } from '@playwright/test';
import { expectAccessible, type Kiosk, launchKiosk, saveScreenshot } from './harness';

let kiosk: Kiosk | undefined;

test.afterEach(async () => {
  await kiosk?.close();
  kiosk = undefined;
});

const UNKNOWN_CARD = '2999999999990';

async function tryLogin(page: Page, password: string): Promise<void> {
  await page.getByLabel('図書館カードの番号').fill(UNKNOWN_CARD);
  await page.getByLabel('パスワード', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'ログイン', exact: true }).click();
}

test('repeated wrong logins show a countdown and disable the button until the wait is over', async () => {
  kiosk = await launchKiosk({ pageClock: true });
  const { page, clock } = kiosk;
  await page.getByRole('link', { name: /図書館/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: '図書館 ログイン' })).toBeVisible();
  const button = page.getByRole('button', { name: 'ログイン', exact: true });
  const generic = page.getByRole('alert').filter({ hasText: 'ログインできませんでした' });
  const waitBanner = page.getByRole('alert').filter({ hasText: 'しばらくお待ちください' });

  // Five mistakes are answered at once, each with the one generic message.
  for (let i = 0; i < 5; i++) {
    await tryLogin(page, `wrong-guess-${i}`);
    await expect(generic).toBeVisible();
    await expect(button).toBeEnabled();
  }

  // Page time stops here and moves only when told to, so the checks below see each second.
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
  // The sixth, straight away, is asked to wait: 2 seconds, counted down on screen.
  await tryLogin(page, 'wrong-guess-5');
  await expect(waitBanner).toContainText('あと 2 秒でもう一度お試しいただけます');
  await expect(button).toBeDisabled();

  // The wait passes (on the page and in main): the button comes back and a try is answered again.
  await page.clock.fastForward(1_000);
  await expect(waitBanner).toContainText('あと 1 秒');
  await expect(button).toBeDisabled();
  clock.advance(2_000);
  await page.clock.fastForward(1_100);
  await expect(waitBanner).toBeHidden();
  await expect(button).toBeEnabled();
  await tryLogin(page, 'wrong-guess-6');
  await expect(generic).toBeVisible();

  // The next mistake doubles the wait.
  await tryLogin(page, 'wrong-guess-7');
  await expect(waitBanner).toContainText('あと 4 秒');
  await expect(button).toBeDisabled();
  for (const seconds of [4, 8]) {
    clock.advance(seconds * 1000);
    await page.clock.fastForward(seconds * 1000 + 100);
    await tryLogin(page, `wrong-after-${seconds}`);
    await expect(generic).toBeVisible();
    await tryLogin(page, `too-soon-after-${seconds}`);
    await expect(waitBanner).toContainText(`あと ${seconds * 2} 秒`);
  }
  // Long enough to check the screen with time running again (the checker needs page timers).
  await page.clock.resume();
  await expectAccessible(page, 'library login throttled');
  await saveScreenshot(page, 'library-login-throttled');
  await expect(button).toBeDisabled();
  expect(kiosk.pageErrors).toEqual([]);
});
