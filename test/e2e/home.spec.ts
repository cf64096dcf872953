// The kiosk home: both languages, both orientations, and the doors it opens.
import { expect, test } from '@playwright/test';
import { expectAccessible, type Kiosk, LANDSCAPE, launchKiosk, PORTRAIT, saveScreenshot } from './harness';

let kiosk: Kiosk | undefined;

test.afterEach(async () => {
  await kiosk?.close();
  kiosk = undefined;
});

test('home in Japanese: system name, the two doors, language, text size and the staff entry', async () => {
  // A counter PC: the only role with a staff entry.
  kiosk = await launchKiosk({ config: { mode: 'counter', systemName: { ja: 'みどり市 窓口', en: 'Midori City Counter' } } });
  const { page } = kiosk;

  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.getByText('みどり市 窓口')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'ご用件をお選びください' })).toBeVisible();
  await expect(page.getByRole('link', { name: /図書館/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /市役所の予約/ })).toBeVisible();
  await expect(page.getByRole('link', { name: '職員' })).toBeVisible();
  await expect(page.getByRole('button', { name: '日本語' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('group', { name: '文字の大きさ' }).getByRole('button', { name: '中' })).toHaveAttribute('aria-pressed', 'true');

  // Every touch target on the screen is at least 48 px in both directions.
  for (const target of await page.locator('a:visible, button:visible').all()) {
    const box = await target.boundingBox();
    expect(box, await target.innerText()).not.toBeNull();
    expect(box!.height, await target.innerText()).toBeGreaterThanOrEqual(48);
    expect(box!.width, await target.innerText()).toBeGreaterThanOrEqual(48);
  }

  await expectAccessible(page, 'home (ja)');
  expect(kiosk.pageErrors).toEqual([]);
});

test('home in English after choosing English, and back to Japanese', async () => {
  kiosk = await launchKiosk({ config: { mode: 'counter', systemName: { ja: 'みどり市 窓口', en: 'Midori City Counter' } } });
  const { page } = kiosk;

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'What would you like to do?' })).toBeVisible();
  await expect(page.getByText('Midori City Counter')).toBeVisible();
  await expect(page.getByRole('link', { name: /^Library/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /City Hall bookings/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Staff' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Text size' })).toBeVisible();
  await expectAccessible(page, 'home (en)');

  await page.getByRole('button', { name: '日本語' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'ご用件をお選びください' })).toBeVisible();
  expect(kiosk.pageErrors).toEqual([]);
});

test('a public kiosk has no staff entry, and a staff address leads home', async () => {
  kiosk = await launchKiosk();
  const { page, origin } = kiosk;
  await expect(page.getByRole('heading', { level: 1, name: 'ご用件をお選びください' })).toBeVisible();
  await expect(page.getByRole('link', { name: '職員' })).toHaveCount(0);
  for (const address of ['#/staff', '#/staff/menu', '#/staff/accounts', '#/staff/counter']) {
    await page.goto(`${origin}/index.html${address}`);
    await expect(page.getByRole('heading', { level: 1, name: 'ご用件をお選びください' })).toBeVisible();
    await expect(page.getByLabel('利用者ID')).toHaveCount(0);
  }
  await expectAccessible(page, 'home (kiosk, no staff entry)');
  expect(kiosk.pageErrors).toEqual([]);
});

test('a terminal configured for English starts in English', async () => {
  kiosk = await launchKiosk({ locale: 'en' });
  await expect(kiosk.page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(kiosk.page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
  await expectAccessible(kiosk.page, 'home (en default)');
});

test('an address no screen answers says so and leads home', async () => {
  kiosk = await launchKiosk();
  const { page } = kiosk;
  await page.goto(`${kiosk.origin}/index.html#/nowhere-yet`);
  await expect(page.getByRole('heading', { level: 1, name: 'この画面はありません' })).toBeVisible();
  await expectAccessible(page, 'not found');
  await page.getByRole('button', { name: 'はじめにもどる' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'ご用件をお選びください' })).toBeVisible();
});

for (const [name, viewport] of [
  ['portrait', PORTRAIT],
  ['landscape', LANDSCAPE],
] as const) {
  test(`home screenshot, ${name} ${viewport.width}×${viewport.height}`, async () => {
    kiosk = await launchKiosk({ viewport, demo: true });
    const { page } = kiosk;
    const doors = page.getByRole('navigation').getByRole('link');
    await expect(doors).toHaveCount(2);
    // Both doors fit on the screen without scrolling, whatever the orientation.
    for (const door of await doors.all()) {
      const box = await door.boundingBox();
      expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height);
      expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
    }
    await saveScreenshot(page, `home-${name}-ja`);
    await page.getByRole('button', { name: 'English' }).click();
    await saveScreenshot(page, `home-${name}-en`);
    await expectAccessible(page, `home ${name}`);
  });
}
