// 小 / 中 / 大 scales the whole screen through the root font size, and the terminal remembers it.
import { expect, type Page, test } from '@playwright/test';
import { expectAccessible, type Kiosk, launchKiosk, saveScreenshot } from './harness';

let kiosk: Kiosk | undefined;

test.afterEach(async () => {
  await kiosk?.close();
  kiosk = undefined;
});

// Strings, not functions: they run in the page, and the test tsconfig has no DOM types.
const rootFontSize = (page: Page) => page.evaluate<number>('parseFloat(getComputedStyle(document.documentElement).fontSize)');
const titleFontSize = (page: Page) => page.evaluate<number>("parseFloat(getComputedStyle(document.querySelector('h1')).fontSize)");

test('text size 小 / 中 / 大 changes the root font size, scales the screen and survives a reload', async () => {
  kiosk = await launchKiosk();
  const { page } = kiosk;
  const sizes = page.getByRole('group', { name: '文字の大きさ' });

  expect(await rootFontSize(page)).toBe(22);
  const mediumTitle = await titleFontSize(page);

  await sizes.getByRole('button', { name: '大' }).click();
  await expect(sizes.getByRole('button', { name: '大' })).toHaveAttribute('aria-pressed', 'true');
  expect(await rootFontSize(page)).toBe(28);
  // Everything is in rem, so the heading grows with the root.
  expect(await titleFontSize(page)).toBeCloseTo((mediumTitle * 28) / 22, 0);
  await expectAccessible(page, 'home at 大');
  await saveScreenshot(page, 'home-portrait-large-text');

  await page.reload();
  await page.getByRole('heading', { level: 1 }).waitFor();
  expect(await rootFontSize(page)).toBe(28);
  await expect(sizes.getByRole('button', { name: '大' })).toHaveAttribute('aria-pressed', 'true');

  await sizes.getByRole('button', { name: '小' }).click();
  expect(await rootFontSize(page)).toBe(18);
  expect(await titleFontSize(page)).toBeLessThan(mediumTitle);
  await expectAccessible(page, 'home at 小');

  await sizes.getByRole('button', { name: '中' }).click();
  expect(await rootFontSize(page)).toBe(22);
  expect(kiosk.pageErrors).toEqual([]);
});

test('the text size is a setting of the terminal: another terminal keeps its own', async () => {
  kiosk = await launchKiosk();
  await kiosk.page.getByRole('group', { name: '文字の大きさ' }).getByRole('button', { name: '大' }).click();
  expect(await rootFontSize(kiosk.page)).toBe(28);

  const other = await kiosk.openTerminal();
  expect(await rootFontSize(other.page)).toBe(22);
});
