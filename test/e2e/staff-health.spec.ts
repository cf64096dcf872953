// 稼働状況 on a counter PC: an administrator opens it from the 職員メニュー and sees every item with
// its state in words; after a scheduled backup the backup item is 正常; it fits the three screen
// sizes without sideways scroll, with 48 px buttons. A renderer error reaches main's log file, and
// no PIN typed in the run is in it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { DEMO_STAFF } from '../../src-main/staff';
import { expectAccessible, type Kiosk, LANDSCAPE, launchKiosk, PORTRAIT, saveScreenshot, type Viewport } from './harness';

let kiosk: Kiosk | undefined;

test.afterEach(async () => {
  await kiosk?.close();
  kiosk = undefined;
});

const { admin } = DEMO_STAFF;
const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });
const SIZES: Viewport[] = [PORTRAIT, LANDSCAPE, { width: 1280, height: 1024 }];

test('an administrator reads the site health, which fits every screen size', async () => {
  kiosk = await launchKiosk({ demo: true, viewport: LANDSCAPE, config: { mode: 'counter', terminal: { name: 'counter-1' } } });
  const { page, app } = kiosk;
  await app.jobs.runNow('site.backup');
  await page.getByRole('link', { name: '職員' }).click();
  await page.getByLabel('利用者ID').fill(admin.staffId);
  await page.getByLabel('利用者暗証番号').fill(admin.pin);
  await page.getByRole('button', { name: 'ログイン', exact: true }).click();
  await expect(heading(page, '職員メニュー')).toBeVisible();
  await page.getByRole('link', { name: /稼働状況/ }).click();
  await expect(heading(page, '稼働状況')).toBeVisible();

  for (const item of ['バージョン', 'データベース', 'メール送信', 'バックアップ', '空き容量', '監査ログ', '端末']) {
    await expect(page.getByRole('heading', { level: 2, name: new RegExp(item) })).toBeVisible();
  }
  await expect(page.getByTestId('health-backup')).toHaveAttribute('data-status', 'ok');
  await expect(page.getByTestId('health-backup')).toContainText('検査済み');
  await expect(page.getByTestId('health-store')).toContainText('sqlite');
  // Never verified on this terminal by hand, but the backup's check counts: the audit item wants an anchor.
  await expect(page.getByTestId('health-audit')).toHaveAttribute('data-status', 'warn');
  await expect(page.getByTestId('health-audit')).toContainText('アンカーがまだ書かれていません');
  await expect(page.getByTestId('health-overall')).toContainText('要確認');
  await expect(page.getByRole('region', { name: 'この施設の端末' }).getByRole('cell', { name: 'counter-1' })).toBeVisible();
  await expectAccessible(page, 'staff health');
  await saveScreenshot(page, 'staff-health');

  // Check again after an anchor: the audit item turns 正常.
  await app.jobs.runNow('audit.anchor');
  await page.getByRole('button', { name: '再確認' }).click();
  await expect(page.getByTestId('health-audit')).toHaveAttribute('data-status', 'ok');

  for (const size of SIZES) {
    await page.setViewportSize(size);
    const [scrollWidth, width] = await page.evaluate('[document.documentElement.scrollWidth, document.documentElement.clientWidth]') as [number, number];
    expect(scrollWidth, `${size.width}×${size.height}`).toBeLessThanOrEqual(width);
    for (const name of ['再確認', '職員メニューへもどる']) {
      const box = await page.getByRole('button', { name }).boundingBox();
      if (box) expect(box.height, `${name} at ${size.width}×${size.height}`).toBeGreaterThanOrEqual(48);
    }
  }

  // An error the screens do not catch reaches main's log file.
  await page.evaluate(`setTimeout(() => { throw new Error('health e2e boom') }, 0)`);
  const logFile = join(app.dataDir, 'logs', 'main.log');
  await expect.poll(() => readFileSync(logFile, 'utf8')).toContain('health e2e boom');
  const logged = readFileSync(logFile, 'utf8');
  expect(logged).toContain('"event":"renderer.error"');
  expect(logged).not.toContain(admin.pin);
});
