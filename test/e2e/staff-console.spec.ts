// The administrator console of seed 003, screen by screen, at a counter PC (keyboard and mouse) on
// the demo data: a clerk locked by five wrong logins is unlocked with the confirmation PIN and logs
// in again; a clerk's PINs are reset and the clerk logs in with the new one and sets their own;
// 事故登録 with a 21-character reason is refused and with 20 accepted.
import { expect, type Locator, type Page, test } from '@playwright/test';
import { DEMO_PATRON } from '../../src-main/library/demo-patrons';
import { DEMO_STAFF } from '../../src-main/staff';
import { expectAccessible, type Kiosk, LANDSCAPE, launchKiosk, saveScreenshot } from './harness';

let kiosk: Kiosk | undefined;

test.afterEach(async () => {
  await kiosk?.close();
  kiosk = undefined;
});

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });
const { admin, clerk } = DEMO_STAFF;

async function openCounter(): Promise<Kiosk> {
  return launchKiosk({ demo: true, viewport: LANDSCAPE, config: { mode: 'counter' } });
}

async function staffLogin(page: Page, staffId: string, pin: string): Promise<void> {
  await page.getByRole('link', { name: '職員' }).click();
  await expect(heading(page, '職員ログイン')).toBeVisible();
  await page.getByLabel('利用者ID').fill(staffId);
  await page.getByLabel('利用者暗証番号').fill(pin);
  await page.getByRole('button', { name: 'ログイン', exact: true }).click();
}

async function openAccounts(page: Page): Promise<void> {
  await staffLogin(page, admin.staffId, admin.pin);
  await expect(heading(page, '職員メニュー')).toBeVisible();
  await page.getByRole('link', { name: /利用者情報登録／変更/ }).click();
  await expect(heading(page, '利用者情報選択')).toBeVisible();
}

function row(page: Page, staffId: string): Locator {
  return page.getByRole('row').filter({ has: page.getByRole('cell', { name: staffId, exact: true }) });
}

/** The ○ / - cell of a status column (利用中止 is the 5th column, 事故登録 the 6th, 封鎖 the 7th). */
function statusCell(page: Page, staffId: string, column: 5 | 6 | 7): Locator {
  return row(page, staffId).getByRole('cell').nth(column - 1);
}

async function select(page: Page, staffId: string): Promise<void> {
  await page.getByRole('radio', { name: `${staffId} を選択` }).check();
  await page.getByRole('button', { name: '変更・登録抹消・各種設定' }).click();
  await expect(heading(page, '変更・登録抹消・各種設定')).toBeVisible();
}

test('a clerk locked by five wrong logins is unlocked with the confirmation PIN, then logs in', async () => {
  kiosk = await openCounter();
  const { page } = kiosk;
  const desk = await kiosk.openTerminal();

  // Five wrong PINs in a row at another counter: the same message every time, then 利用中止.
  await staffLogin(desk.page, clerk.staffId, 'wrong-pin1');
  await expect(desk.page.getByRole('alert')).toContainText('ログインできませんでした');
  await expectAccessible(desk.page, 'staff login with error');
  await saveScreenshot(desk.page, 'staff-login-error');
  for (let i = 0; i < 4; i++) {
    await desk.page.getByLabel('利用者暗証番号').fill(`wrong-pin${i + 2}`);
    await desk.page.getByRole('button', { name: 'ログイン', exact: true }).click();
    await expect(desk.page.getByLabel('利用者暗証番号')).toHaveValue('');
  }
  // Past the terminal throttle's five free tries (issue 13), a moment passes before the next one.
  kiosk.clock.advance(2_000);
  await desk.page.getByLabel('利用者暗証番号').fill(clerk.pin);
  await desk.page.getByRole('button', { name: 'ログイン', exact: true }).click();
  await expect(desk.page.getByRole('alert')).toContainText('ログインできませんでした');
  expect((await kiosk.app.services.accounts.findByLogin('staff', clerk.staffId))?.locked).toBe(true);

  // (1)(2) 管理者ログイン → 利用者情報選択: the locked clerk shows ○ under 利用中止.
  await openAccounts(page);
  await expect(statusCell(page, clerk.staffId, 5)).toContainText('○');
  await expectAccessible(page, 'account table');
  await saveScreenshot(page, 'staff-accounts-locked');
  await select(page, clerk.staffId);
  await expect(page.locator('dt', { hasText: '利用中止状態' }).locator('xpath=following-sibling::dd[1]')).toHaveText('利用中止');
  // Where the lock came from (issue 13): the desk's terminal, read from the audit row that locked it.
  await expect(page.locator('dt', { hasText: '利用中止になった日時・端末' }).locator('xpath=following-sibling::dd[1]')).toContainText(`端末 ${desk.terminalId}`);
  await expectAccessible(page, 'account settings');
  await saveScreenshot(page, 'staff-account-settings');

  // (3) A wrong ご契約先確認暗証番号 is refused and counted; the right one unlocks.
  await page.getByRole('textbox', { name: 'ご契約先確認暗証番号' }).fill('not-my-pin');
  await page.getByRole('button', { name: /利用中止解除/ }).click();
  await expect(page.getByRole('alert')).toContainText('確認暗証番号が正しくありません');
  await page.getByRole('textbox', { name: 'ご契約先確認暗証番号' }).fill(admin.confirmPin);
  await page.getByRole('button', { name: /利用中止解除/ }).click();

  // (4) Back at the table, 利用中止 shows - for the clerk.
  await expect(heading(page, '利用者情報選択')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: `${clerk.staffId} の利用中止を解除しました` })).toBeVisible();
  await expect(statusCell(page, clerk.staffId, 5)).toContainText('-');
  await saveScreenshot(page, 'staff-accounts-unlocked');
  expect((await kiosk.app.services.accounts.findByLogin('staff', admin.staffId))?.confirmFailures).toBe(1);

  // The desk's sixth failure made its next try wait 4 s (terminal throttle).
  kiosk.clock.advance(4_000);
  await desk.page.getByLabel('利用者暗証番号').fill(clerk.pin);
  await desk.page.getByRole('button', { name: 'ログイン', exact: true }).click();
  await expect(heading(desk.page, '職員メニュー')).toBeVisible();
  await expect(desk.page.getByRole('link', { name: /メール送信履歴/ })).toBeVisible();
  await expect(desk.page.getByRole('link', { name: /監査ログ/ })).toHaveCount(0);
  expect(kiosk.pageErrors).toEqual([]);
  expect(desk.pageErrors).toEqual([]);
});

test('a clerk’s PINs are reset; the clerk logs in with the new PIN and sets their own', async () => {
  kiosk = await openCounter();
  const { page } = kiosk;
  await openAccounts(page);
  await select(page, clerk.staffId);
  await page.getByRole('button', { name: /^変更/ }).click();
  await expect(heading(page, '利用者情報変更')).toBeVisible();
  await expect(page.getByLabel('利用者名(半角カナ)')).toHaveValue('ﾏﾄﾞｸﾞﾁ ﾊﾅｺ');

  // The repeat must match, and the two PINs must differ.
  await page.getByLabel('利用者暗証番号', { exact: true }).fill('reset2468');
  await page.getByLabel('利用者暗証番号（確認のため再入力）').fill('reset2469');
  await page.getByLabel('利用者確認暗証番号', { exact: true }).fill('reset2468');
  await page.getByLabel('利用者確認暗証番号（確認のため再入力）').fill('reset2468');
  await page.getByRole('textbox', { name: 'ご契約先確認暗証番号' }).fill(admin.confirmPin);
  await page.getByRole('button', { name: 'OK', exact: true }).click();
  await expect(page.getByText('再入力した内容が一致しません。')).toBeVisible();
  await expect(page.getByText('利用者暗証番号と同じもの、またはいままでと同じものは使えません。')).toBeVisible();
  await expectAccessible(page, 'staff edit with errors');
  await saveScreenshot(page, 'staff-edit-errors');

  await page.getByLabel('利用者暗証番号（確認のため再入力）').fill('reset2468');
  await page.getByLabel('利用者確認暗証番号', { exact: true }).fill('reset1357');
  await page.getByLabel('利用者確認暗証番号（確認のため再入力）').fill('reset1357');
  await page.getByRole('textbox', { name: 'ご契約先確認暗証番号' }).fill(admin.confirmPin);
  await page.getByRole('button', { name: 'OK', exact: true }).click();
  await expect(heading(page, '利用者情報選択')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: `${clerk.staffId} の利用者情報を変更しました` })).toBeVisible();

  const desk = await kiosk.openTerminal();
  await staffLogin(desk.page, clerk.staffId, clerk.pin);
  await expect(desk.page.getByRole('alert')).toContainText('ログインできませんでした');
  await desk.page.getByLabel('利用者暗証番号').fill('reset2468');
  await desk.page.getByRole('button', { name: 'ログイン', exact: true }).click();
  await expect(heading(desk.page, '暗証番号の設定')).toBeVisible();
  await expectAccessible(desk.page, 'set pins');
  await saveScreenshot(desk.page, 'staff-set-pins');
  await desk.page.getByLabel('利用者暗証番号', { exact: true }).fill('mine2468x');
  await desk.page.getByLabel('利用者暗証番号（確認のため再入力）').fill('mine2468x');
  await desk.page.getByLabel('利用者確認暗証番号', { exact: true }).fill('mine1357y');
  await desk.page.getByLabel('利用者確認暗証番号（確認のため再入力）').fill('mine1357y');
  await desk.page.getByRole('button', { name: '設定する' }).click();
  await expect(heading(desk.page, '職員メニュー')).toBeVisible();
  const clerkAccount = await kiosk.app.services.accounts.findByLogin('staff', clerk.staffId);
  expect(await kiosk.app.services.staff.staff.pinsMustChange(clerkAccount?.id ?? 0)).toBe(false);
});

test('事故登録: a 21-character reason is refused, 20 accepted, and the clerk is sent to the counter', async () => {
  kiosk = await openCounter();
  const { page } = kiosk;
  await openAccounts(page);
  await select(page, clerk.staffId);

  await page.getByLabel('事故登録理由').fill('あ'.repeat(21));
  await page.getByRole('textbox', { name: 'ご契約先確認暗証番号' }).fill(admin.confirmPin);
  await page.getByRole('button', { name: /^事故登録 ›/ }).click();
  await expect(page.getByText('事故登録理由は20文字以内で入力してください。')).toBeVisible();
  await expectAccessible(page, 'accident reason too long');
  await saveScreenshot(page, 'staff-accident-too-long');
  expect((await kiosk.app.services.accounts.findByLogin('staff', clerk.staffId))?.accident).toBe(false);

  const reason = 'カードを紛失したとの届出あり窓口で受付済';
  expect([...reason]).toHaveLength(20);
  await page.getByLabel('事故登録理由').fill(reason);
  await page.getByRole('textbox', { name: 'ご契約先確認暗証番号' }).fill(admin.confirmPin);
  await page.getByRole('button', { name: /^事故登録 ›/ }).click();
  await expect(heading(page, '利用者情報選択')).toBeVisible();
  await expect(statusCell(page, clerk.staffId, 6)).toContainText('○');
  expect((await kiosk.app.services.accounts.findByLogin('staff', clerk.staffId))?.accidentReason).toBe(reason);

  const desk = await kiosk.openTerminal();
  await staffLogin(desk.page, clerk.staffId, clerk.pin);
  await expect(desk.page.getByRole('alert')).toContainText('窓口までお越しください');
});

test('a patron’s password is reset from the console only with the identity document named', async () => {
  kiosk = await openCounter();
  const { page, app } = kiosk;
  await openAccounts(page);
  await page.getByLabel('利用者ID・カード番号・利用者キー・氏名（カナ）').fill(DEMO_PATRON.cardNumber);
  await page.getByRole('button', { name: '検索', exact: true }).click();
  await select(page, DEMO_PATRON.cardNumber);

  await page.getByRole('textbox', { name: 'ご契約先確認暗証番号' }).fill(admin.confirmPin);
  await page.getByRole('button', { name: /パスワード初期化/ }).click();
  await expect(page.getByText('確かめた書類を選んでください。')).toBeVisible();
  await expectAccessible(page, 'console patron reset without a document');
  await saveScreenshot(page, 'staff-console-reset-document');

  await page.getByRole('radio', { name: '保険証' }).check();
  await page.getByRole('textbox', { name: 'ご契約先確認暗証番号' }).fill(admin.confirmPin);
  await page.getByRole('button', { name: /パスワード初期化/ }).click();
  await expect(heading(page, '利用者情報選択')).toBeVisible();
  const [row] = await app.services.audit.list({ action: 'admin.patron_reset' });
  expect(JSON.parse(row?.detail ?? '{}')).toEqual({ identity: 'health_insurance' });
  expect(kiosk.pageErrors).toEqual([]);
});

test('the counter screens: look-up, mail log and audit log with its chain status', async () => {
  kiosk = await openCounter();
  const { page } = kiosk;
  await staffLogin(page, admin.staffId, admin.pin);
  await page.getByRole('link', { name: /監査ログ/ }).click();
  await expect(heading(page, '監査ログ')).toBeVisible();
  await expect(page.getByText(/監査ログの連鎖は正常です/)).toBeVisible();
  await page.getByLabel('操作', { exact: true }).fill('account.login_succeeded');
  await page.getByRole('button', { name: '絞り込む' }).click();
  // Each record reads in words, with the stored code under them for the filters.
  await expect(page.getByRole('cell', { name: /^職員 A0001\s*staff:A0001$/ }).first()).toBeVisible();
  await expect(page.getByRole('cell', { name: /^ログイン成功\s*account\.login_succeeded$/ })).toHaveCount(1);
  await expectAccessible(page, 'audit log');
  await saveScreenshot(page, 'staff-audit-log');

  await page.getByRole('button', { name: '職員メニュー' }).click();
  await page.getByRole('link', { name: /メール送信履歴/ }).click();
  await expect(heading(page, 'メール送信履歴')).toBeVisible();
  // The first page loads on arrival (検索 is busy meanwhile); scan once it is in.
  await expect(page.getByRole('button', { name: '検索' })).toBeEnabled();
  await expectAccessible(page, 'mail log');
  await saveScreenshot(page, 'staff-mail-log');

  await page.getByRole('button', { name: '職員メニュー' }).click();
  await page.getByRole('link', { name: /利用者の検索/ }).click();
  await page.getByLabel('種別').selectOption('citizen');
  await page.getByRole('button', { name: '検索' }).click();
  await page.getByRole('button', { name: /状態を見る/ }).first().click();
  await expect(page.getByRole('heading', { level: 2, name: /の状態/ })).toBeVisible();
  await expectAccessible(page, 'counter look-up');
  await saveScreenshot(page, 'staff-counter-lookup');
  expect(kiosk.pageErrors).toEqual([]);
});

test('登録抹消 of a clerk says it was done and returns to the table (issue 13)', async () => {
  kiosk = await openCounter();
  const { page, app } = kiosk;
  await openAccounts(page);
  await select(page, clerk.staffId);
  await page.getByRole('button', { name: /^登録抹消 ›$/ }).click();
  await expect(page.getByText(`${clerk.staffId}（`)).toBeVisible();
  await page.getByRole('textbox', { name: 'ご契約先確認暗証番号' }).fill(admin.confirmPin);
  await page.getByRole('button', { name: '登録抹消する' }).click();
  // The channel answers with no data; that is success, not a silent failure.
  await expect(heading(page, '利用者情報選択')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: `${clerk.staffId} を登録抹消しました` })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  const [removed] = await app.services.audit.list({ action: 'admin.staff.remove' });
  expect(removed).toMatchObject({ outcome: 'ok', target: `staff:${clerk.staffId}` });
  expect(kiosk.pageErrors).toEqual([]);
});

test('the audit log reads details in words and takes its days in the Japanese order (issue 13)', async () => {
  kiosk = await openCounter();
  const { page } = kiosk;
  await openAccounts(page);
  await select(page, DEMO_STAFF.lockedClerk.staffId);
  await page.getByRole('textbox', { name: 'ご契約先確認暗証番号' }).fill(admin.confirmPin);
  await page.getByRole('button', { name: /利用中止解除/ }).click();
  await expect(page.getByRole('status').filter({ hasText: `${DEMO_STAFF.lockedClerk.staffId} の利用中止を解除しました` })).toBeVisible();

  await page.getByRole('button', { name: '職員メニュー' }).click();
  await page.getByRole('link', { name: /監査ログ/ }).click();
  await expect(heading(page, '監査ログ')).toBeVisible();
  // No native date picker: its mm/dd/yyyy or 年/月/日 would follow the machine's locale.
  await expect(page.locator('input[type="date"]')).toHaveCount(0);
  await expect(page.getByText('例：2026/12/3、2026年12月3日').first()).toBeVisible();

  const today = new Date(kiosk.clock.now() + 9 * 60 * 60_000).toISOString().slice(0, 10);
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  await page.getByLabel('操作', { exact: true }).fill('account.unlocked');
  await page.getByLabel('開始日').fill(`${y}/${m}/${d}`);
  await page.getByLabel('終了日（この日を含む）').fill(`${y}年${m}月32日`);
  await page.getByRole('button', { name: '絞り込む' }).click();
  await expect(page.getByText('日付として正しくありません。年・月・日の順に入力してください（例：2026/12/3）。')).toBeVisible();
  await page.getByLabel('終了日（この日を含む）').fill(today.replace(/-/g, ''));
  await page.getByRole('button', { name: '絞り込む' }).click();
  // The days applied are written back in Japanese.
  await expect(page.getByLabel('開始日')).toHaveValue(`${y}年${m}月${d}日`);
  await expect(page.getByLabel('終了日（この日を含む）')).toHaveValue(`${y}年${m}月${d}日`);

  const unlockRow = page.getByRole('row').filter({ hasText: '利用中止解除' }).filter({ hasText: DEMO_STAFF.lockedClerk.staffId });
  await expect(unlockRow).toHaveCount(1);
  const detail = unlockRow.getByRole('cell').last();
  await expect(detail).toHaveText('経路：管理者による利用中止解除');
  await expect(detail).not.toContainText('admin.unlock');
  await expect(detail).not.toContainText('via');
  await saveScreenshot(page, 'staff-audit-log-details');

  // The next day holds nothing yet.
  const tomorrow = new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
  await page.getByLabel('開始日').fill(tomorrow);
  await page.getByLabel('終了日（この日を含む）').fill('');
  await page.getByRole('button', { name: '絞り込む' }).click();
  await expect(page.getByText('該当する記録はありません。')).toBeVisible();
  expect(kiosk.pageErrors).toEqual([]);
});
