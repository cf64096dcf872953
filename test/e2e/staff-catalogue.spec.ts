// 蔵書データの取り込み and 館と開館日の設定 at a counter PC (issue 14), in portrait and landscape: a
// file with refused lines shows each line and cannot be imported; the fixed Shift_JIS file is
// checked, imported and counted; a branch is added with its opening days and closed dates, and an
// existing one edited — each through input → confirm → done, written to the store and audited.
import iconv from 'iconv-lite';
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
const HEADER = '資料ID,ISBN,書名,著者,出版者,出版年,NDC,所蔵館,状態';

async function noSidewaysScroll(page: Page): Promise<void> {
  expect(await page.evaluate('document.documentElement.scrollWidth <= document.documentElement.clientWidth')).toBe(true);
}

async function staffMenu(page: Page): Promise<void> {
  await page.getByRole('link', { name: '職員' }).click();
  await page.getByLabel('利用者ID').fill(admin.staffId);
  await page.getByLabel('利用者暗証番号').fill(admin.pin);
  await page.getByRole('button', { name: 'ログイン', exact: true }).click();
}

for (const [label, viewport] of [['portrait', PORTRAIT], ['landscape', LANDSCAPE]] as const) {
  test(`catalogue import (${label}): refused lines listed, then the fixed file imported`, async () => {
    kiosk = await launchKiosk({ demo: true, viewport, config: { mode: 'counter' } });
    const { page, app } = kiosk;
    await staffMenu(page);
    await page.getByRole('link', { name: /蔵書データの取り込み/ }).click();
    await expect(heading(page, '蔵書データの取り込み')).toBeVisible();
    await noSidewaysScroll(page);

    // Checking without a file says so.
    await page.getByRole('button', { name: '取り込む内容を確認' }).click();
    await expect(page.getByText('ファイルを選んでください。')).toBeVisible();

    const bad = [
      HEADER,
      '2000000001,978-4-900000-00-9,新しい本,,,2024,913.6,本館,', // ISBN check digit
      '2000000002,,月の本,,,2024,913.6,月面分館,', // branch
      '2000000003,,正しい本,,,2024,913.6,龍田,',
      '2000000003,,二度目,,,2024,913.6,龍田,', // duplicate of line 4
    ].join('\r\n');
    await page.getByLabel('ファイルを選ぶ').setInputFiles({ name: '蔵書.csv', mimeType: 'text/csv', buffer: Buffer.from(bad, 'utf8') });
    await expect(page.getByText('選んだファイル：蔵書.csv')).toBeVisible();
    await page.getByRole('button', { name: '取り込む内容を確認' }).click();
    await expect(page.getByText('取り込めない行が 3行 あります。')).toBeVisible();
    const rows = page.locator('.staff-table tbody tr');
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(0)).toContainText('2行目');
    await expect(rows.nth(0)).toContainText('ISBNのチェックディジットが合いません');
    await expect(rows.nth(1)).toContainText('登録されていない館です');
    await expect(rows.nth(1)).toContainText('月面分館');
    await expect(rows.nth(2)).toContainText('5行目');
    await expect(rows.nth(2)).toContainText('4行目と資料IDが重複しています');
    // A refused file cannot be imported from here.
    await expect(page.getByRole('button', { name: '取り込む', exact: true })).toHaveCount(0);
    await noSidewaysScroll(page);
    await saveScreenshot(page, `staff-catalogue-refused-${label}`);

    // The fixed file, from an older system in Shift_JIS: two new items and a demo item retitled.
    await page.getByRole('button', { name: 'ファイルを選び直す' }).click();
    const fixed = [HEADER, '2000000001,978-4-900000-00-1,新しい本,,,2024,913.6,本館,', '2000000003,,正しい本,,,2024,913.6,龍田,禁帯出', '1000000002,,坊っちゃん（新装版）,夏目漱石,白川書房,2017,913.6,龍田,利用可'].join('\r\n');
    await page.getByLabel('ファイルを選ぶ').setInputFiles({ name: 'zosho.csv', mimeType: 'text/csv', buffer: iconv.encode(fixed, 'shift_jis') });
    await page.getByRole('button', { name: '取り込む内容を確認' }).click();
    await expect(page.getByText('この内容で取り込みます。')).toBeVisible();
    await expect(page.getByRole('row', { name: /形式 CSV \/ Shift_JIS/ })).toBeVisible();
    await expect(page.getByRole('row', { name: /新規 2件/ })).toBeVisible();
    await expect(page.getByRole('row', { name: /更新 1件/ })).toBeVisible();
    await noSidewaysScroll(page);
    await page.getByRole('button', { name: '取り込む', exact: true }).click();
    await expect(page.getByText('取り込みました。新規 2件、更新 1件、変更なし 0件。')).toBeVisible();

    const items = await app.store.all<{ barcode: string; title: string; status: string }>(
      "SELECT barcode, title, status FROM catalogue_items WHERE barcode IN ('2000000001', '2000000003', '1000000002') ORDER BY barcode",
    );
    expect(items).toEqual([
      // NFKC, as the search folds what patrons type: （） became ().
      { barcode: '1000000002', title: '坊っちゃん(新装版)', status: 'available' },
      { barcode: '2000000001', title: '新しい本', status: 'available' },
      { barcode: '2000000003', title: '正しい本', status: 'reference' },
    ]);
    const audits = await app.services.audit.list({ action: 'library.catalogue.import' });
    expect(audits.filter((a) => a.actor === `staff:${admin.staffId}`).map((a) => a.outcome)).toEqual(['ok']);
  });

  test(`branches (${label}): add one with its opening days, edit another`, async () => {
    kiosk = await launchKiosk({ demo: true, viewport, config: { mode: 'counter' } });
    const { page, app } = kiosk;
    await staffMenu(page);
    await page.getByRole('link', { name: /館と開館日の設定/ }).click();
    await expect(heading(page, '館と開館日の設定')).toBeVisible();
    // The demo's branches: 本館 every day, the others closed on Mondays.
    await expect(page.getByRole('row', { name: /本館.*毎日/ })).toBeVisible();
    await expect(page.getByRole('row', { name: /龍田.*火・水・木・金・土・日/ })).toBeVisible();
    await noSidewaysScroll(page);
    await saveScreenshot(page, `staff-branches-${label}`);

    await page.getByRole('button', { name: '＋ 新しい館を追加' }).click();
    await expect(heading(page, '新しい館の追加')).toBeVisible();
    await page.getByLabel('館コード').fill('nishi');
    await page.getByLabel('館名（日本語）').fill('西部分館');
    // Translations one language at a time; the list says which are still missing.
    await page.getByLabel('翻訳する言語').selectOption('en');
    await page.getByLabel('館名（English）').fill('Seibu Branch');
    await page.getByLabel('翻訳する言語').selectOption('vi');
    await page.getByLabel('館名（Tiếng Việt）').fill('Chi nhánh Seibu');
    await expect(page.getByTestId('missing-translations')).not.toContainText('English');
    await expect(page.getByTestId('missing-translations')).toContainText('한국어');
    await page.getByRole('checkbox', { name: '火' }).uncheck();
    await page.getByLabel('休館日の日付').fill('来年');
    await page.getByRole('button', { name: '休館日を追加' }).click();
    await expect(page.getByText('日付は 2026/12/29 のように入力してください。').first()).toBeVisible();
    await page.getByLabel('休館日の日付').fill('2027/1/2');
    await page.getByLabel('メモ（任意）').fill('年末年始');
    await page.getByRole('button', { name: '休館日を追加' }).click();
    await expect(page.getByText('2027-01-02（年末年始）')).toBeVisible();
    await noSidewaysScroll(page);
    await page.getByRole('button', { name: '確認画面へ' }).click();
    await expect(page.getByRole('row', { name: /開館する曜日 水・木・金・土・日/ })).toBeVisible();
    await page.getByRole('button', { name: '保存する' }).click();
    await expect(page.getByText('館の設定を保存しました。')).toBeVisible();
    await page.getByRole('region', { name: '完了' }).getByRole('button', { name: '館の一覧へ' }).click();
    await expect(page.getByRole('row', { name: /西部分館.*水・木・金・土・日.*1日/ })).toBeVisible();

    // Edit 本館: closed on Mondays from now on.
    await page.getByRole('button', { name: '編集 本館' }).click();
    await expect(heading(page, '館の設定')).toBeVisible();
    await expect(page.getByLabel('館名（日本語）')).toHaveValue('本館');
    await page.getByRole('checkbox', { name: '月' }).uncheck();
    await page.getByRole('button', { name: '確認画面へ' }).click();
    await page.getByRole('button', { name: '保存する' }).click();
    await expect(page.getByText('館の設定を保存しました。')).toBeVisible();

    const lib = app.services.library;
    expect(lib.branches.name('nishi', 'ja')).toBe('西部分館');
    expect(lib.branches.isOpen('nishi', '2027-01-05')).toBe(false); // a Tuesday
    expect(lib.branches.isOpen('nishi', '2027-01-02')).toBe(false); // closed that Saturday
    expect(lib.branches.isOpen('honkan', '2027-01-04')).toBe(false); // a Monday
    expect(lib.branches.isOpen('honkan', '2027-01-05')).toBe(true);
    expect((await app.services.audit.list({ action: 'library.branch.create' })).map((a) => a.target)).toEqual(['branch:nishi']);
  });
}
