// 利用者情報変更 as a patron meets it (issue 13): a refused 更新 says how many fields are wrong and
// takes the patron to the first one wherever it is; the library's sender address stands beside the
// mail addresses (迷惑メール対策); the fifth wrong 現パスワード ends on 利用中止 and where to go, not on
// "timed out"; deleting what cannot be undone looks like it.
import { expect, type Locator, type Page, test } from '@playwright/test';
import { DEMO_PATRON } from '../../src-main/library/demo-patrons';
import { expectAccessible, type Kiosk, LANDSCAPE, launchKiosk, saveScreenshot } from './harness';

let kiosk: Kiosk | undefined;

test.afterEach(async () => {
  await kiosk?.close();
  kiosk = undefined;
});

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

async function openSettings(page: Page): Promise<void> {
  await page.getByRole('link', { name: /図書館/ }).click();
  await page.getByLabel('図書館カードの番号').fill(DEMO_PATRON.cardNumber);
  await page.getByLabel('パスワード', { exact: true }).fill(DEMO_PATRON.password);
  await page.getByRole('button', { name: 'ログイン', exact: true }).click();
  await page.getByRole('button', { name: '利用者情報変更' }).click();
  await expect(heading(page, '利用者情報変更')).toBeVisible();
}

// The test tsconfig has no DOM types: the page's getComputedStyle, as much of it as is read here.
type StyleProperty = 'color' | 'backgroundColor' | 'fontSize';
interface StyleWindow {
  getComputedStyle(element: unknown): Record<StyleProperty, string>;
}
const style = (l: Locator, property: StyleProperty) =>
  l.evaluate((element, p) => (globalThis as unknown as StyleWindow).getComputedStyle(element)[p], property);

/** WCAG contrast of an element's text colour on a background colour, both as computed rgb(). */
async function contrast(text: Locator, background: Locator): Promise<number> {
  const color = await style(text, 'color');
  const bg = await style(background, 'backgroundColor');
  const luminance = (rgb: unknown) => {
    const [r, g, b] = String(rgb).match(/\d+(\.\d+)?/g)?.slice(0, 3).map(Number) ?? [0, 0, 0];
    const lin = (c: number) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r ?? 0) + 0.7152 * lin(g ?? 0) + 0.0722 * lin(b ?? 0);
  };
  const [a, b] = [luminance(color), luminance(bg)];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

const fontSize = async (l: Locator) => parseFloat(await style(l, 'fontSize'));

test('a refused 更新 says how many fields are wrong and brings the first one into view with the focus', async () => {
  kiosk = await launchKiosk({ demo: true, viewport: LANDSCAPE });
  const { page } = kiosk;
  await openSettings(page);

  // Three rows ask for a 携帯 address the patron has not registered.
  const hold = page.getByRole('group', { name: '予約関連メール配信先' });
  const sdi = page.getByRole('group', { name: 'SDI', exact: true });
  const due = page.getByRole('group', { name: '返却期限通知' });
  await hold.getByLabel('携帯').check();
  await sdi.getByLabel('携帯').check();
  await due.getByLabel('携帯').check();
  await due.getByLabel('配信', { exact: true }).check();
  await page.getByRole('button', { name: '更新', exact: true }).click();

  await expect(page.getByRole('alert')).toContainText('入力内容に3件の誤りがあります。印のついた項目をご確認ください。');
  await expect(hold.getByLabel('自PC')).toBeFocused();
  await expect(hold).toBeInViewport();
  await expectAccessible(page, 'library settings with three errors');
  await saveScreenshot(page, 'library-settings-error-count');

  // Main refuses the 現パスワード: the password field at the top of the long form gets the focus.
  for (const group of [hold, sdi, due]) await group.getByLabel('携帯').uncheck();
  await due.getByLabel('停止', { exact: true }).check();
  await page.getByLabel('現パスワード').fill('not-my-password');
  await page.getByLabel('新パスワード').fill('fresh-lantern-77');
  await page.getByLabel('確認パスワード').fill('fresh-lantern-77');
  await page.getByRole('button', { name: '更新', exact: true }).scrollIntoViewIfNeeded();
  await expect(page.getByLabel('現パスワード')).not.toBeInViewport();
  await page.getByRole('button', { name: '更新', exact: true }).click();
  await expect(page.getByRole('alert').first()).toContainText('入力内容に1件の誤りがあります。印のついた項目をご確認ください。');
  await expect(page.getByLabel('現パスワード')).toBeFocused();
  await expect(page.getByLabel('現パスワード')).toBeInViewport();
  await expect(page.getByText('現パスワードが正しくありません。')).toBeVisible();
  expect(kiosk.pageErrors).toEqual([]);
});

test('the mail settings show the library’s sender address and its domain for spam filters', async () => {
  kiosk = await launchKiosk({ demo: true, config: { mail: { from: '図書館 <libsend@library.example.jp>' } } });
  const { page } = kiosk;
  await openSettings(page);
  const sender = page.getByRole('group', { name: '図書館からのメールの送信元' });
  await expect(sender).toContainText('迷惑メール対策');
  await expect(sender).toContainText('ドメイン指定受信：library.example.jp');
  await expect(sender).toContainText('アドレス指定受信：libsend@library.example.jp');
  // Beside the addresses: right after E-mail2 and its kind, before the delivery rows.
  const y = async (l: Locator) => (await l.boundingBox())?.y ?? -1;
  expect(await y(sender)).toBeGreaterThan(await y(page.getByLabel('E-mail2の種類')));
  expect(await y(sender)).toBeLessThan(await y(page.getByRole('group', { name: '登録完了メール配信先' })));
  await expectAccessible(page, 'library settings sender');
});

test('the fifth wrong 現パスワード says 利用中止 and where to go, then clears the terminal', async () => {
  kiosk = await launchKiosk({ demo: true });
  const { page, app } = kiosk;
  await openSettings(page);
  await page.getByLabel('新パスワード').fill('fresh-lantern-77');
  await page.getByLabel('確認パスワード').fill('fresh-lantern-77');
  for (let i = 1; i <= 5; i++) {
    await page.getByLabel('現パスワード').fill(`wrong-${i}-password`);
    await page.getByRole('button', { name: '更新', exact: true }).click();
    if (i < 5) await expect(page.getByText('現パスワードが正しくありません。')).toBeVisible();
  }
  await expect(heading(page, 'この図書館カードは利用中止になりました')).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('利用中止');
  await expect(page.getByText(/図書館のカウンター/)).toBeVisible();
  await expect(page.getByText(/有効時間/)).toHaveCount(0);
  const account = await app.services.accounts.findByLogin('patron', DEMO_PATRON.cardNumber);
  expect(account?.locked).toBe(true);
  await expectAccessible(page, 'library settings locked');
  await saveScreenshot(page, 'library-settings-locked');

  await page.getByRole('button', { name: '終了する' }).click();
  await expect(heading(page, 'ご用件をお選びください')).toBeVisible();
  await expect(page.getByText(/有効時間/)).toHaveCount(0);
  expect(await page.evaluate('window.madoguchi.invoke("session.current", {})')).toEqual({ ok: true, data: null });
});

test('irreversible deletions carry a strong warning and a danger button', async () => {
  kiosk = await launchKiosk({ demo: true });
  const { page } = kiosk;
  await openSettings(page);
  const history = page.getByRole('group', { name: '貸出履歴' });
  await history.getByLabel('残す').uncheck();
  await history.getByLabel(/これまでに残した記録も削除する/).check();
  const note = page.locator('[data-irreversible]');
  await expect(note).toHaveCount(1);
  await expect(note).toContainText('削除した記録は元にもどせません');
  const label = note.locator('.irreversible__label');
  expect(await contrast(label, note)).toBeGreaterThanOrEqual(4.5);
  // Larger than the grey notes around it, and not grey.
  expect(await fontSize(label)).toBeGreaterThan(await fontSize(page.locator('.lib-note').first()));
  expect(await style(label, 'color')).toBe('rgb(166, 27, 27)');
  await expect(note.locator('svg')).toBeVisible();

  await page.getByRole('button', { name: '更新', exact: true }).click();
  await expect(heading(page, '利用者情報変更確認')).toBeVisible();
  await expect(page.locator('[data-irreversible]')).toContainText('これまでに残した貸出履歴をすべて削除します');
  const update = page.getByRole('button', { name: '更新', exact: true });
  expect(await style(update, 'backgroundColor')).toBe('rgb(166, 27, 27)');
  expect(await contrast(update, update)).toBeGreaterThanOrEqual(4.5);
  await expectAccessible(page, 'library settings confirm with deletion');
  await saveScreenshot(page, 'library-settings-irreversible');

  // The history screen's own deletion: the same note in its question, the same danger button.
  await page.getByRole('button', { name: '修正' }).click();
  await page.getByRole('button', { name: 'キャンセル' }).click();
  await page.getByRole('button', { name: '一覧を見る' }).click();
  await page.getByRole('button', { name: 'すべての記録を削除' }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog.locator('[data-irreversible]')).toContainText('削除した記録は元にもどせません');
  expect(await style(dialog.getByRole('button', { name: '削除する' }), 'backgroundColor')).toBe('rgb(166, 27, 27)');
  await expectAccessible(page, 'library history warning');
  expect(kiosk.pageErrors).toEqual([]);
});
