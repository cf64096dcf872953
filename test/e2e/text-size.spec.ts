// 小 / 中 / 大 scales the whole screen through the root font size, and the terminal remembers it.
// It is in the header of every screen, not only on home (seed 002), without sideways scroll.
import { expect, type Page, test } from '@playwright/test';
import { DEMO_PATRON } from '../../src-main/library/demo-patrons';
import { expectAccessible, type Kiosk, LANDSCAPE, launchKiosk, PORTRAIT, saveScreenshot, type Viewport } from './harness';

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

const VIEWPORTS: Viewport[] = [PORTRAIT, LANDSCAPE, { width: 1280, height: 1024 }];
const sideways = (page: Page) => page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');

/** The header's 小 / 中 / 大 fits at every kiosk size and at every text size: no sideways scroll. */
async function expectFitsEverywhere(page: Page, screen: string): Promise<void> {
  const sizes = page.getByRole('banner').getByRole('group', { name: '文字の大きさ' });
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    for (const size of ['大', '小', '中']) {
      await sizes.getByRole('button', { name: size }).click();
      await expect(sizes.getByRole('button', { name: size })).toHaveAttribute('aria-pressed', 'true');
      expect(await sideways(page), `${screen} at ${viewport.width}×${viewport.height}, ${size}`).toBeLessThanOrEqual(0);
      for (const button of await sizes.getByRole('button').all()) {
        const box = await button.boundingBox();
        expect(Math.min(box?.width ?? 0, box?.height ?? 0), `${screen}: ${size} target`).toBeGreaterThanOrEqual(48);
      }
    }
  }
  await page.setViewportSize(PORTRAIT);
}

test('小 / 中 / 大 is in the header of every screen after home, and never pushes it sideways', async () => {
  kiosk = await launchKiosk({ demo: true });
  const { page } = kiosk;
  const header = () => page.getByRole('banner').getByRole('group', { name: '文字の大きさ' });

  await page.getByRole('link', { name: /図書館/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: '図書館 ログイン' })).toBeVisible();
  await expectFitsEverywhere(page, 'library login');
  await header().getByRole('button', { name: '大' }).click();
  expect(await rootFontSize(page)).toBe(28);
  await expectAccessible(page, 'library login at 大');
  await saveScreenshot(page, 'library-login-header-large-text');

  // Deeper screens have it too, and choosing a size there keeps what was typed.
  await page.getByLabel('図書館カードの番号').fill(DEMO_PATRON.cardNumber);
  await page.getByLabel('パスワード', { exact: true }).fill(DEMO_PATRON.password);
  await page.getByRole('button', { name: 'ログイン', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Myライブラリ' })).toBeVisible();
  await expect(header().getByRole('button', { name: '大' })).toHaveAttribute('aria-pressed', 'true');
  await expectFitsEverywhere(page, 'my library');
  await page.getByRole('button', { name: '利用者情報変更' }).click();
  await page.getByLabel('E-mail2', { exact: true }).fill('keitai@example.ne.jp');
  await expectFitsEverywhere(page, 'library settings');
  await header().getByRole('button', { name: '小' }).click();
  expect(await rootFontSize(page)).toBe(18);
  await expect(page.getByLabel('E-mail2', { exact: true })).toHaveValue('keitai@example.ne.jp');

  // The city hall's screens share the frame; home shows the size chosen deep inside.
  await page.getByRole('button', { name: 'はじめにもどる' }).click();
  await expect(page.getByRole('group', { name: '文字の大きさ' }).getByRole('button', { name: '小' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('link', { name: /市役所の予約/ }).click();
  await expect(header()).toBeVisible();
  await expectFitsEverywhere(page, 'city hall');
  expect(kiosk.pageErrors).toEqual([]);
});
