// 催し・予約枠の管理 at a counter PC (issue 14), in portrait and landscape: create an event, generate
// its slots (the preview leaves 成人の日 out), see the month calendar, close a booked slot (its
// citizen is told), check an attendee off as 来場 and write the CSV into exports/.
import { existsSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { DEMO_STAFF } from '../../src-main/staff';
import { type Kiosk, LANDSCAPE, launchKiosk, PORTRAIT, saveScreenshot } from './harness';

let kiosk: Kiosk | undefined;

test.afterEach(async () => {
  await kiosk?.close();
  kiosk = undefined;
});

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });
const { admin } = DEMO_STAFF;

async function noSidewaysScroll(page: Page): Promise<void> {
  // A string, as no-sideways-scroll.spec.ts does: the Node typecheck has no DOM types.
  expect(await page.evaluate('document.documentElement.scrollWidth <= document.documentElement.clientWidth')).toBe(true);
}

for (const [label, viewport] of [['portrait', PORTRAIT], ['landscape', LANDSCAPE]] as const) {
  test(`events back office (${label}): create, generate, calendar, close, attendees and CSV`, async () => {
    kiosk = await launchKiosk({ demo: true, viewport, config: { mode: 'counter' } });
    const { page, app } = kiosk;
    await page.getByRole('link', { name: '職員' }).click();
    await page.getByLabel('利用者ID').fill(admin.staffId);
    await page.getByLabel('利用者暗証番号').fill(admin.pin);
    await page.getByRole('button', { name: 'ログイン', exact: true }).click();
    await page.getByRole('link', { name: /催し・予約枠の管理/ }).click();
    await expect(heading(page, '催し・予約枠の管理')).toBeVisible();
    await noSidewaysScroll(page);

    // Create: a missing name is named, then saved through confirm.
    await page.getByRole('button', { name: '＋ 催しを登録' }).click();
    await page.locator('select[name="categoryId"]').selectOption({ index: 2 });
    await page.getByLabel('会場（日本語）').fill('中央公民館');
    await page.getByLabel('受付開始日').fill('2026/1/1');
    await page.getByLabel('受付終了日').fill('2027年3月31日');
    await page.getByRole('button', { name: '確認画面へ' }).click();
    await expect(page.getByText('催し名（日本語）を入力してください。')).toBeVisible();
    await page.getByLabel('催し名（日本語）').fill('親子リトミック教室');
    await page.getByRole('button', { name: '確認画面へ' }).click();
    await page.getByRole('button', { name: '保存する' }).click();
    await expect(page.getByText('催しを保存しました。')).toBeVisible();

    // Generate: the preview leaves 成人の日 (2027-01-11) out.
    await page.getByRole('button', { name: '予約枠を作成する' }).click();
    await expect(heading(page, '予約枠の一括作成')).toBeVisible();
    await page.getByLabel('開始日').fill('2027-01-11');
    await page.getByLabel('終了日').fill('2027-01-15');
    await page.getByLabel('開始時刻').fill('10:00, 13:30');
    await page.getByLabel('定員').fill('2');
    await page.getByRole('button', { name: '作成する内容を確認' }).click();
    await expect(page.getByText('成人の日')).toBeVisible();
    await expect(page.getByText('8枠')).toBeVisible();
    await noSidewaysScroll(page);
    await saveScreenshot(page, `staff-events-preview-${label}`);
    await page.getByRole('button', { name: '予約枠を作成する' }).click();
    await expect(page.getByText('8枠の予約枠を作成しました。')).toBeVisible();

    // A citizen books the first slot at a kiosk.
    const event = (await app.services.citizen.eventDesk.list()).events.find((e) => e.title.ja === '親子リトミック教室');
    const month = await app.services.citizen.eventDesk.month(event?.id ?? 0, '2027-01');
    const first = month.slots[0];
    if (!first) throw new Error('no slot');
    await app.services.citizen.reservations.reserveAsGuest(
      { slotId: first.id, secondSlotId: null },
      { name: '来場 花子', phone: '0766516600', email: 'kurumi@example.jp', postalCode: null, address: null },
      'ja',
      { actor: 'test', terminal: 'kiosk' },
    );

    // Calendar: the booked slot shows 1/2; close it (a confirm first).
    await page.getByRole('button', { name: 'カレンダーを見る' }).click();
    await expect(heading(page, '予約枠カレンダー')).toBeVisible();
    await expect(page.getByRole('heading', { name: '2027年1月' })).toBeVisible();
    await noSidewaysScroll(page);
    await saveScreenshot(page, `staff-events-calendar-${label}`);
    await page.getByRole('button', { name: /^10:00 1\/2/ }).click();
    await page.getByRole('button', { name: 'この日の参加者一覧' }).click();

    // Attendees: check off 来場, export the CSV.
    await expect(heading(page, '参加者一覧')).toBeVisible();
    await expect(page.getByRole('cell', { name: '来場 花子' })).toBeVisible();
    await page.getByRole('button', { name: '来場', exact: true }).click();
    await expect(page.getByRole('button', { name: '来場済み' })).toBeVisible();
    await page.getByRole('button', { name: 'CSVに書き出す' }).click();
    await expect(page.getByText(/CSVを書き出しました（1件）/)).toBeVisible();
    expect(existsSync(`${app.dataDir}/exports/参加者一覧_2027-01-12.csv`)).toBe(true);
    await noSidewaysScroll(page);
    await saveScreenshot(page, `staff-events-attendees-${label}`);

    // Back to the calendar: close the booked slot.
    await page.goBack();
    await page.getByRole('button', { name: /^10:00 1\/2/ }).click();
    await page.getByRole('button', { name: 'この予約枠の受付を中止する' }).click();
    await page.getByRole('button', { name: '受付を中止する', exact: true }).click();
    await expect(page.getByText('受付を中止しました。取り消した予約 1件、メール 1通。')).toBeVisible();
    await expect(page.getByRole('button', { name: /^10:00 0\/2 受付中止/ })).toBeVisible();
  });
}
