// The counter desk at a clerk's PC on the demo data: a library patron registered at the counter
// gets a printable slip and logs in at the library with the birthday MMDD, which must be changed at
// once; a reservation taken by phone for a caller with a mail address mails them the 利用者キー and
// takes a place from the slot; a patron's password is reset after an identity check.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { DEMO_PATRON } from '../../src-main/library/demo-patrons';
import { DEMO_STAFF } from '../../src-main/staff';
import { hasValidCheckDigit } from '../../src-shared/library/card-number';
import { readPdf } from '../fixtures/pdf-text';
import { expectAccessible, type Kiosk, LANDSCAPE, launchKiosk, saveScreenshot } from './harness';

let kiosk: Kiosk | undefined;

test.afterEach(async () => {
  await kiosk?.close();
  kiosk = undefined;
});

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });
const { clerk } = DEMO_STAFF;

async function openDesk(): Promise<Kiosk> {
  // The counter PC prints slips on A4 (here: PDFs in the data folder, through the print port).
  const opened = await launchKiosk({ demo: true, viewport: LANDSCAPE, config: { mode: 'counter', print: { adapter: 'file', paper: 'A4' } } });
  const { page } = opened;
  await page.getByRole('link', { name: '職員' }).click();
  await page.getByLabel('利用者ID').fill(clerk.staffId);
  await page.getByLabel('利用者暗証番号').fill(clerk.pin);
  await page.getByRole('button', { name: 'ログイン', exact: true }).click();
  await expect(heading(page, '職員メニュー')).toBeVisible();
  return opened;
}

test('a patron registered at the counter gets a slip, then logs in with the birthday MMDD and must change it', async () => {
  kiosk = await openDesk();
  const { page, app } = kiosk;
  await page.getByRole('link', { name: /図書館利用者の登録/ }).click();
  await expect(heading(page, '図書館利用者の登録')).toBeVisible();

  await page.getByLabel('氏名').fill('窓口 さくら');
  await page.getByLabel('フリガナ').fill('まどぐち さくら');
  await page.getByLabel('生年月日').fill('1988/11/23');
  await page.getByLabel('予約受取館').selectOption({ label: '東部' });
  await page.getByRole('button', { name: '確認画面へ' }).click();
  // No card number: refused with a way out (issue 13), never silently replaced by a new one.
  await expect(page.getByText('カードの番号を入力するか、「自動採番」を押して新しい番号を入れてください。')).toBeVisible();
  await expect(page.getByLabel('カードの番号（13桁）')).toBeFocused();
  expect(await app.services.audit.list({ action: 'patron.register', actor: `staff:${clerk.staffId}` })).toEqual([]);
  // Neither an address nor a phone number: the library could not reach the patron.
  await page.getByLabel('カードの番号（13桁）').fill('2000000123451');
  await page.getByRole('button', { name: '確認画面へ' }).click();
  await expect(page.getByText('メールアドレスか電話番号のどちらかを入力してください。')).toBeVisible();
  await page.getByLabel('メールアドレス', { exact: true }).fill('sakura@example.jp');
  await page.getByRole('button', { name: '確認画面へ' }).click();
  await expect(page.getByText('チェック用の数字（最後の1桁）が合いません。番号を確かめてください。')).toBeVisible();
  await expectAccessible(page, 'patron registration with errors');
  await saveScreenshot(page, 'staff-patron-register-errors');

  // 自動採番 fills in a fresh number the clerk sees before registering.
  await page.getByRole('button', { name: '自動採番' }).click();
  await expect(page.getByLabel('カードの番号（13桁）')).toHaveValue(/^2\d{12}$/);
  const issued = await page.getByLabel('カードの番号（13桁）').inputValue();
  expect(hasValidCheckDigit(issued)).toBe(true);
  await expect(page.getByText('チェック用の数字（最後の1桁）が合いません。番号を確かめてください。')).toBeHidden();
  await page.getByRole('button', { name: '確認画面へ' }).click();
  await expect(page.getByRole('cell', { name: 'マドグチ サクラ' })).toBeVisible();
  await expect(page.getByRole('cell', { name: '1988-11-23' })).toBeVisible();
  await expect(page.getByRole('cell', { name: issued })).toBeVisible();
  await saveScreenshot(page, 'staff-patron-register-confirm');
  await page.getByRole('button', { name: '登録する' }).click();

  const slip = page.getByRole('region', { name: '図書館利用カード 登録票' });
  await expect(slip).toBeVisible();
  const cardNumber = (await slip.getByTestId('card-slip-number').textContent())?.trim() ?? '';
  expect(cardNumber).toMatch(/^\d{13}$/);
  expect(hasValidCheckDigit(cardNumber)).toBe(true);
  expect(cardNumber).toBe(issued);
  await expect(slip.getByText('窓口 さくら')).toBeVisible();
  await expect(slip.getByText('お誕生日の月日4桁')).toBeVisible();
  await expect(slip).not.toContainText('1123');
  await expect(page.getByRole('button', { name: '登録票を印刷' })).toBeVisible();
  await expectAccessible(page, 'patron registration slip');
  await saveScreenshot(page, 'staff-patron-slip');

  // On paper, through main's print port: the slip alone, with the card number and without the MMDD.
  await page.getByRole('button', { name: '登録票を印刷' }).click();
  await expect(page.getByText(/控えをファイルに保存しました/)).toBeVisible();
  const printed = readdirSync(join(app.dataDir, 'prints')).filter((f) => f.includes('-patron-'));
  expect(printed).toHaveLength(1);
  const paper = (await readPdf(readFileSync(join(app.dataDir, 'prints', printed[0] as string)))).map((p) => p.text.normalize('NFKC')).join('');
  expect(paper).toContain(cardNumber);
  expect(paper).not.toContain('1123');
  expect(paper).not.toContain('職員メニュー');
  expect((await app.services.audit.list({ action: 'patron.register' }))[0]).toMatchObject({ actor: `staff:${clerk.staffId}`, target: `patron:${cardNumber}` });

  // The new patron at a library kiosk: the MMDD password opens only the forced change.
  const lobby = await kiosk.openTerminal({ viewport: { width: 1080, height: 1920 } });
  await lobby.page.getByRole('link', { name: /図書館/ }).click();
  await lobby.page.getByLabel('図書館カードの番号').fill(cardNumber);
  await lobby.page.getByLabel('パスワード', { exact: true }).fill('1123');
  await lobby.page.getByRole('button', { name: 'ログイン', exact: true }).click();
  await expect(heading(lobby.page, '新しいパスワードの登録')).toBeVisible();
  await lobby.page.getByLabel('新パスワード').fill('autumn-maple-58');
  await lobby.page.getByLabel('確認パスワード').fill('autumn-maple-58');
  await lobby.page.getByRole('button', { name: '登録する' }).click();
  await expect(heading(lobby.page, 'Myライブラリ')).toBeVisible();
  expect(kiosk.pageErrors).toEqual([]);
  expect(lobby.pageErrors).toEqual([]);
});

test('a reservation taken by phone mails the caller their 利用者キー and takes a place', async () => {
  kiosk = await openDesk();
  const { page, app, mailbox } = kiosk;
  await page.getByRole('link', { name: /電話での予約受付/ }).click();
  await expect(heading(page, '電話での予約受付')).toBeVisible();

  await page.getByLabel('分類').selectOption({ label: '相談・教室' });
  const formOption = page.getByLabel('予約フォーム').locator('option', { hasText: '料理教室' });
  await expect(formOption).toHaveCount(1);
  await page.getByLabel('予約フォーム').selectOption({ label: (await formOption.textContent())?.trim() ?? '' });
  const slots = page.getByRole('region', { name: '日時と空き状況' });
  const firstRow = slots.getByRole('row').nth(1);
  await expect(firstRow).toContainText('12人');
  await expectAccessible(page, 'phone reservation input');
  await saveScreenshot(page, 'staff-phone-input');
  // 日付 narrows the table to the day the caller asks for; すべての日 shows every time again.
  const allRows = await slots.getByRole('row').count();
  const day = page.getByRole('combobox', { name: /^日付/ });
  await day.selectOption({ index: 1 });
  await expect(slots.getByRole('row')).not.toHaveCount(allRows);
  await day.selectOption({ label: 'すべての日' });
  await expect(slots.getByRole('row')).toHaveCount(allRows);

  await firstRow.getByRole('radio').check();
  await page.getByLabel('氏名').fill('電話 花子');
  await page.getByLabel('電話番号').fill('０７６６－５１－６６１１');
  await page.getByLabel('メールアドレス').fill('caller@example.jp');
  await page.getByRole('button', { name: '確認画面へ' }).click();
  await expect(page.getByRole('cell', { name: '0766516611' })).toBeVisible();
  await saveScreenshot(page, 'staff-phone-confirm');
  await page.getByRole('button', { name: '予約する' }).click();

  const keySection = page.getByRole('region', { name: '利用者キー' });
  await expect(keySection).toBeVisible();
  const shown = (await keySection.locator('.phone-key').textContent())?.replace(/\s/g, '') ?? '';
  expect(shown).toMatch(/^[a-z]{4}\d{5}$/);
  await expect(keySection).toContainText('メールを、お伺いしたアドレスへ送りました');
  await expectAccessible(page, 'phone reservation done');
  await saveScreenshot(page, 'staff-phone-done');

  const mail = await mailbox.waitFor({ to: 'caller@example.jp', subject: /予約を受け付けました/ });
  expect(mail.text).toContain(shown);
  expect(mail.text).toContain('料理教室');

  // The same slot now has one place fewer, on screen and in the store.
  await page.getByRole('button', { name: '続けて受け付ける' }).click();
  await page.getByLabel('分類').selectOption({ label: '相談・教室' });
  await page.getByLabel('予約フォーム').selectOption({ label: (await formOption.textContent())?.trim() ?? '' });
  await expect(page.getByRole('region', { name: '日時と空き状況' }).getByRole('row').nth(1)).toContainText('11人');
  const citizen = await app.services.accounts.findByLogin('citizen', shown);
  expect(citizen?.displayName).toBe('電話 花子');
  expect((await app.services.audit.list({ action: 'counter.phone_reservation' }))[0]).toMatchObject({ actor: `staff:${clerk.staffId}`, target: `citizen:${shown}` });
  expect(kiosk.pageErrors).toEqual([]);
});

test('a patron’s password is reset at the look-up after an identity check', async () => {
  kiosk = await openDesk();
  const { page, app } = kiosk;
  await page.getByRole('link', { name: /利用者の検索/ }).click();
  await page.getByLabel('利用者ID・カード番号・利用者キー・氏名（カナ）').fill(DEMO_PATRON.cardNumber);
  await page.getByRole('button', { name: '検索' }).click();
  await page.getByRole('button', { name: /状態を見る/ }).click();
  const panel = page.getByRole('region', { name: 'パスワード初期化' });
  await panel.getByLabel('確認暗証番号').fill(clerk.confirmPin);
  await panel.getByRole('button', { name: /パスワード初期化/ }).click();
  await expect(panel.getByText('確かめた書類を選んでください。')).toBeVisible();
  await expectAccessible(page, 'counter password reset');
  await saveScreenshot(page, 'staff-counter-reset');

  await panel.getByRole('radio', { name: '運転免許証' }).check();
  await panel.getByLabel('確認暗証番号').fill(clerk.confirmPin);
  await panel.getByRole('button', { name: /パスワード初期化/ }).click();
  await expect(panel.getByText(`${DEMO_PATRON.cardNumber} のパスワードを初期パスワード`)).toBeVisible();
  const account = await app.services.accounts.findByLogin('patron', DEMO_PATRON.cardNumber);
  expect((await app.services.accounts.credential(account?.id ?? 0, 'password'))?.mustChange).toBe(true);
  expect(JSON.parse((await app.services.audit.list({ action: 'counter.patron_reset' }))[0]?.detail ?? '{}')).toEqual({ identity: 'drivers_license' });
  expect(kiosk.pageErrors).toEqual([]);
});
