// 「控えを印刷」 on the reservation done screen: with the file adapter the receipt becomes a PDF in
// the data folder, rendered by Chromium and read back (title, 令和, 58 mm wide, no 利用者キー); on a
// terminal without a printer the button is not there at all.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { MM_PER_PT, printedText, readPdf } from '../fixtures/pdf-text';
import { expectAccessible, type Kiosk, launchKiosk, saveScreenshot } from './harness';

let kiosk: Kiosk | undefined;
test.afterEach(async () => {
  await kiosk?.close();
  kiosk = undefined;
});

const plain = printedText;

async function press(page: Page, name: string): Promise<void> {
  const close = page.getByRole('button', { name: 'キーボードを閉じる' });
  if (await close.isVisible()) await close.click();
  await page.getByRole('button', { name, exact: true }).click();
}

/** 確定申告相談会 as a guest, to the done screen. */
async function reserve(page: Page): Promise<void> {
  await page.getByRole('link', { name: /市役所の予約/ }).click();
  await page.getByRole('link', { name: /確定申告相談/ }).click();
  await page.getByRole('link', { name: /確定申告相談会/ }).click();
  await page.getByRole('button', { name: /残り\d+人/ }).first().click();
  await page.getByLabel('氏名', { exact: true }).fill('控え 太郎');
  await page.getByLabel('電話番号').fill('0766516600');
  await page.getByLabel('メールアドレス').fill('hikae@example.jp');
  await press(page, '確認画面へ');
  await page.getByRole('button', { name: '予約する' }).click();
  await expect(page.getByText('予約を受け付けました')).toBeVisible();
}

test('the receipt is printed to a PDF in the data folder from the done screen', async () => {
  kiosk = await launchKiosk({ demo: true, config: { print: { adapter: 'file', paper: '58mm' } } });
  const { page, app, mailbox } = kiosk;
  await reserve(page);
  const button = page.getByRole('button', { name: '控えを印刷' });
  await expect(button).toBeVisible();
  await expectAccessible(page, 'reservation done with print');
  await button.click();
  await expect(page.getByText(/控えをファイルに保存しました/)).toBeVisible();
  await saveScreenshot(page, 'city-reserve-done-printed');

  const folder = join(app.dataDir, 'prints');
  expect(existsSync(folder)).toBe(true);
  const files = readdirSync(folder).filter((f) => f.endsWith('.pdf'));
  expect(files).toHaveLength(1);
  expect(files[0]).toMatch(/^\d{8}-\d{6}-reservation-\d+\.pdf$/);
  const pages = await readPdf(readFileSync(join(folder, files[0] as string)));
  expect(pages).toHaveLength(1);
  expect(Math.abs((pages[0]?.widthPt ?? 0) * MM_PER_PT - 58)).toBeLessThan(0.5);
  const text = plain(pages[0]?.text ?? '');
  expect(text).toContain(plain('予約の控え'));
  expect(text).toContain(plain('確定申告相談会'));
  expect(text).toMatch(/令和\d+年\d+月\d+日/);
  const mail = await mailbox.waitFor({ to: 'hikae@example.jp', subject: '予約を受け付けました' });
  const userKey = /利用者キー：([a-z]{4}\d{5})/.exec(mail.text)?.[1] ?? '';
  expect(userKey).toMatch(/^[a-z]{4}\d{5}$/);
  expect(text).not.toContain(userKey);
  expect(kiosk.pageErrors).toEqual([]);
});

test('a terminal without a printer shows no print button', async () => {
  kiosk = await launchKiosk({ demo: true });
  const { page } = kiosk;
  await reserve(page);
  await expect(page.getByRole('button', { name: 'はじめにもどる' })).toBeVisible();
  await expect(page.getByRole('button', { name: '控えを印刷' })).toHaveCount(0);
  expect(kiosk.pageErrors).toEqual([]);
});
