// 統計 at a counter PC (issue 14), in portrait and landscape: a range typed as Japanese dates, the
// counts in tables beside their charts (each canvas named, each table its text alternative), and
// one table written as CSV into exports/ and read back.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { expect, type Page, test } from '@playwright/test';
import type { App } from '../../src-main/app';
import { DEMO_STAFF } from '../../src-main/staff';
import { expectAccessible, type Kiosk, LANDSCAPE, launchKiosk, PORTRAIT, saveScreenshot } from './harness';

let kiosk: Kiosk | undefined;

test.afterEach(async () => {
  await kiosk?.close();
  kiosk = undefined;
});

const { admin } = DEMO_STAFF;
const jst = (day: string, time = '00:00') => Date.parse(`${day}T${time}:00+09:00`);

async function noSidewaysScroll(page: Page): Promise<void> {
  // A string, as no-sideways-scroll.spec.ts does: the Node typecheck has no DOM types.
  expect(await page.evaluate('document.documentElement.scrollWidth <= document.documentElement.clientWidth')).toBe(true);
}

/** An event with two slots in June 2025 (long before the demo's own data), one booked and one no-show. */
async function seedJune(app: App): Promise<void> {
  const { store } = app;
  const at = jst('2025-05-01');
  const id = async (sql: string, params: (string | number | null)[]) => Number((await store.get<{ id: number }>(`${sql} RETURNING id`, params))?.id);
  const category = await id('INSERT INTO reservation_categories (title_ja, sort_order, created_at) VALUES (?, 99, ?)', ['統計テスト', at]);
  const form = await id('INSERT INTO reservation_forms (category_id, title_ja, venue_ja, opens_at, closes_at, sort_order, created_at) VALUES (?, ?, ?, ?, ?, 99, ?)', [
    category, '統計テスト教室', '本庁舎', at, jst('2025-07-01'), at,
  ]);
  let n = 0;
  const citizen = () => {
    n++;
    return id("INSERT INTO accounts (kind, login_id, display_name, created_at, updated_at) VALUES ('citizen', ?, '統計 太郎', ?, ?)", [`statse2e${n}`, at, at]);
  };
  for (const [day, booked] of [['2025-06-02', 2], ['2025-06-03', 1]] as const) {
    const slot = await id('INSERT INTO reservation_slots (form_id, starts_at, ends_at, capacity, booked) VALUES (?, ?, ?, 4, ?)', [form, jst(day, '10:00'), jst(day, '11:00'), booked]);
    for (let k = 0; k < booked; k++) {
      await store.run("INSERT INTO reservations (slot_id, account_id, attendee_name, status, created_at, attended_at) VALUES (?, ?, '統計 太郎', 'active', ?, ?)", [
        slot, await citizen(), jst('2025-06-01', '09:00'), k === 0 ? jst(day, '10:05') : null,
      ]);
    }
  }
}

for (const [label, viewport] of [['portrait', PORTRAIT], ['landscape', LANDSCAPE]] as const) {
  test(`statistics (${label}): a typed range, tables with charts, and a CSV`, async () => {
    kiosk = await launchKiosk({ demo: true, viewport, config: { mode: 'counter' } });
    const { page, app } = kiosk;
    await seedJune(app);
    await page.getByRole('link', { name: '職員' }).click();
    await page.getByLabel('利用者ID').fill(admin.staffId);
    await page.getByLabel('利用者暗証番号').fill(admin.pin);
    await page.getByRole('button', { name: 'ログイン', exact: true }).click();
    await page.getByRole('link', { name: /統計/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: '統計' })).toBeVisible();

    // A range that runs backwards is named at the field.
    await page.getByLabel('開始日').fill('2025年6月3日');
    await page.getByLabel('終了日').fill('2025/6/1');
    await page.getByRole('button', { name: '集計する' }).click();
    await expect(page.getByText('終了日は開始日以降にしてください。')).toBeVisible();

    await page.getByLabel('開始日').fill('2025年6月2日');
    await page.getByLabel('終了日').fill('２０２５/６/３');
    await page.getByRole('button', { name: '集計する' }).click();
    await expect(page.getByText('2025年6月2日～2025年6月3日 の集計')).toBeVisible();

    const events = page.locator('table[data-table="events"]');
    await expect(events.getByRole('row', { name: /統計テスト教室/ })).toBeVisible();
    const cells = await events.getByRole('row', { name: /統計テスト教室/ }).locator('th, td').allTextContents();
    expect(cells).toEqual(['統計テスト教室', '2', '8', '3', '37.5%', '0', '2', '1']);
    const june2 = await page.locator('table[data-table="reservationDays"]').getByRole('row', { name: /2025-06-02/ }).locator('th, td').allTextContents();
    expect(june2).toEqual(['2025-06-02', '0', '0', '4', '2', '50%', '1', '1']);
    // Every chart is an image named for what it shows.
    await expect(page.getByRole('img', { name: '催しごとの充足率のグラフ' })).toBeVisible();
    await expect(page.getByRole('img', { name: '日別の予約受付と取消のグラフ' })).toBeVisible();
    await noSidewaysScroll(page);
    await expectAccessible(page, `statistics ${label}`);
    await saveScreenshot(page, `staff-statistics-${label}`);

    const section = page.locator('section', { has: page.getByRole('heading', { name: '予約（催し別）' }) });
    await section.getByRole('button', { name: 'CSVに書き出す' }).click();
    await expect(section.getByText(/1行を書き出しました/)).toBeVisible();
    const file = `${app.dataDir}/exports/統計_予約_催し別_2025-06-02_2025-06-03.csv`;
    expect(parse(readFileSync(file, 'utf8'), { bom: true })).toEqual([
      ['催し', '枠数', '定員', '予約済', '充足率(%)', '取消', '来場', '無断欠席'],
      ['統計テスト教室', '2', '8', '3', '37.5', '0', '2', '1'],
    ]);
    await noSidewaysScroll(page);
  });
}
