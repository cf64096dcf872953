// 図書館 end to end (seed 002) in Chromium on the demo data, with real mails: the first login
// with the MMDD password forces a new one; My Library lists every section; 利用者情報変更 through
// 利用者情報変更確認 with the 申請確認メール arriving over SMTP; 返却期限通知 1日前 and the reminder
// mail after the job runs; history deletion after the warning.
import { expect, type Page, test } from '@playwright/test';
import { DUE_REMINDER_JOB } from '../../src-main/library/due-reminders';
import { DEMO_NEW_PATRON, DEMO_PATRON } from '../../src-main/library/demo-patrons';
import { expectAccessible, type Kiosk, launchKiosk, saveScreenshot } from './harness';

let kiosk: Kiosk | undefined;

test.afterEach(async () => {
  await kiosk?.close();
  kiosk = undefined;
});

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

async function login(page: Page, cardNumber: string, password: string): Promise<void> {
  await page.getByRole('link', { name: /図書館/ }).click();
  await expect(heading(page, '図書館 ログイン')).toBeVisible();
  await page.getByLabel('図書館カードの番号').fill(cardNumber);
  await page.getByLabel('パスワード', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'ログイン', exact: true }).click();
}

test('the first login with the MMDD password asks for a new one before anything else', async () => {
  kiosk = await launchKiosk({ demo: true });
  const { page, app } = kiosk;
  await login(page, DEMO_NEW_PATRON.cardNumber, '9999');
  await expect(page.getByRole('alert')).toContainText('ログインできませんでした');
  await expectAccessible(page, 'library login');
  await saveScreenshot(page, 'library-login');

  // Full-width digits, as an IME types them.
  const wide = DEMO_NEW_PATRON.cardNumber.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
  await page.getByLabel('図書館カードの番号').fill(wide);
  await page.getByLabel('パスワード', { exact: true }).fill(DEMO_NEW_PATRON.initialPassword);
  await page.getByRole('button', { name: 'ログイン', exact: true }).click();
  await expect(heading(page, '新しいパスワードの登録')).toBeVisible();
  await page.goto(`${kiosk.origin}/#/library/my`);
  await expect(heading(page, '新しいパスワードの登録')).toBeVisible();

  await page.getByLabel('新パスワード').fill('19900401');
  await page.getByLabel('確認パスワード').fill('19900401');
  await page.getByRole('button', { name: '登録する' }).click();
  await expect(page.getByText('生年月日や電話番号など、ご本人の情報を含めないでください。')).toBeVisible();
  await expectAccessible(page, 'library new password');
  await saveScreenshot(page, 'library-new-password');

  await page.getByLabel('新パスワード').fill('sakura-lantern-9');
  await page.getByLabel('確認パスワード').fill('sakura-lantern-9');
  await page.getByRole('button', { name: '登録する' }).click();
  await expect(heading(page, 'Myライブラリ')).toBeVisible();
  const account = await app.services.accounts.findByLogin('patron', DEMO_NEW_PATRON.cardNumber);
  expect((await app.services.accounts.credential(account?.id ?? 0, 'password'))?.mustChange).toBe(false);
});

test('My Library lists loans, holds, cart, history, e-books and shelves; renew and reserve', async () => {
  kiosk = await launchKiosk({ demo: true });
  const { page } = kiosk;
  await login(page, DEMO_PATRON.cardNumber, DEMO_PATRON.password);
  await expect(heading(page, 'Myライブラリ')).toBeVisible();
  await expect(page.getByText(`${DEMO_PATRON.cardNumber}さんのライブラリ`)).toBeVisible();

  const loans = page.getByRole('region', { name: '借りている資料' });
  await expect(loans.getByText('4冊')).toBeVisible();
  await expect(loans.getByText('坊っちゃん')).toBeVisible();
  await expect(loans.getByText(/返却期限を過ぎています/)).toBeVisible();
  await expect(loans.getByText('ほかの方の予約があるため延長できません')).toBeVisible();
  const holds = page.getByRole('region', { name: '予約した資料' });
  await expect(holds.getByText('順番待ち（2番目）')).toBeVisible();
  await expect(holds.getByText(/ご用意できました/)).toBeVisible();
  await expect(page.getByRole('region', { name: '電子書籍サービス' }).getByText('やさしい熊本弁入門')).toBeVisible();
  await expect(page.getByText('もう一度読みたい本', { exact: true })).toBeVisible();
  await expectAccessible(page, 'my library');
  await saveScreenshot(page, 'library-my-library');

  await loans.getByRole('button', { name: /延長する.*銀河鉄道の夜/ }).click();
  await expect(page.getByText(/延長しました。新しい返却期限は 令和8年1月19日/)).toBeVisible();

  const cart = page.getByRole('region', { name: '予約かご' });
  await cart.getByLabel('注文の多い料理店を選ぶ').check();
  await cart.getByLabel('予約受取館').selectOption({ label: '東部' });
  await cart.getByRole('button', { name: '選んだ資料を予約する' }).click();
  await expect(page.getByText('1冊の予約を受け付けました。')).toBeVisible();
  await expect(holds.getByText('注文の多い料理店', { exact: true })).toBeVisible();
  await expect(holds.getByLabel('受取館（注文の多い料理店）')).toHaveValue('tobu');
  await expect(cart.getByText('くまもと水の散歩道', { exact: true })).toBeVisible();
});

test('change settings through the confirmation, get the 申請確認メール, then the 1日前 reminder', async () => {
  kiosk = await launchKiosk({ demo: true });
  const { page, mailbox, app } = kiosk;
  await login(page, DEMO_PATRON.cardNumber, DEMO_PATRON.password);
  await page.getByRole('button', { name: '利用者情報変更' }).click();
  await expect(heading(page, '利用者情報変更')).toBeVisible();
  await expect(page.getByLabel('E-mail1', { exact: true })).toHaveValue(DEMO_PATRON.email);

  // 携帯 ticked without a 携帯 address: the error sits beside the row, nothing is saved.
  const due = page.getByRole('group', { name: '返却期限通知' });
  await due.getByLabel('携帯').check();
  await due.getByLabel('配信', { exact: true }).check();
  await page.getByRole('button', { name: '更新' }).click();
  await expect(due.getByText('携帯電話のメールアドレスを入力してください。')).toBeVisible();
  await expectAccessible(page, 'library settings with an error');
  await saveScreenshot(page, 'library-settings-error');

  await due.getByLabel('携帯').uncheck();
  await due.getByLabel('自PC').check();
  await due.getByLabel('何日前に知らせるか').selectOption({ label: '1日前' });
  await page.getByLabel('予約受取館').selectOption({ label: '東部' });
  await page.getByLabel('予約連絡方法').selectOption({ label: 'メール' });
  await page.getByRole('button', { name: '更新' }).click();

  await expect(heading(page, '利用者情報変更確認')).toBeVisible();
  await expect(page.getByRole('row', { name: /返却期限通知/ })).toContainText('自PC 配信状態 配信 1日前');
  await expect(page.getByRole('row', { name: /予約受取館/ })).toContainText('東部');
  await expect(page.getByRole('row', { name: /E-mail1/ })).toContainText(`${DEMO_PATRON.email} [自PC]`);
  await page.getByLabel('申請確認メールを送信する').check();
  await expectAccessible(page, 'library settings confirm');
  await saveScreenshot(page, 'library-settings-confirm');
  await page.getByRole('button', { name: '更新' }).click();
  await expect(heading(page, '利用者情報変更結果')).toBeVisible();
  await expect(page.getByText('利用者情報変更申し込みを受け付けました。')).toBeVisible();
  await saveScreenshot(page, 'library-settings-done');

  const confirmation = await mailbox.waitFor({ to: DEMO_PATRON.email, subject: '利用者情報の変更申し込みを受け付けました' });
  expect(confirmation.text).toContain('返却期限通知：配信・返却期限の1日前（配信先：自PC）');
  expect(confirmation.text).toContain('予約受取館：東部');

  await app.jobs.runNow(DUE_REMINDER_JOB);
  const reminder = await mailbox.waitFor({ to: DEMO_PATRON.email, subject: '返却期限のお知らせ' });
  expect(reminder.text).toContain('・銀河鉄道の夜／宮沢賢治');
  expect(reminder.subject).toContain('令和8年1月6日');
  await app.jobs.runNow(DUE_REMINDER_JOB);
  expect(mailbox.messages.filter((m) => m.subject.includes('返却期限のお知らせ'))).toHaveLength(1);
});

test('history: delete one record, then all, after the warning', async () => {
  kiosk = await launchKiosk({ demo: true });
  const { page } = kiosk;
  await login(page, DEMO_PATRON.cardNumber, DEMO_PATRON.password);
  await page.getByRole('button', { name: '一覧を見る' }).click();
  await expect(heading(page, '借りたことがある資料')).toBeVisible();
  await expect(page.getByText('記録 6件')).toBeVisible();

  await page.getByLabel('こころを選ぶ').check();
  await page.getByRole('button', { name: '選んだ記録を削除' }).click();
  const warning = page.getByRole('alertdialog');
  await expect(warning).toContainText('削除した記録は元にもどせません');
  await expect(warning).toContainText('選んだ1件の記録を削除します。');
  await expectAccessible(page, 'library history warning');
  await saveScreenshot(page, 'library-history-warning');
  await warning.getByRole('button', { name: '削除する' }).click();
  await expect(page.getByText('1件の記録を削除しました。')).toBeVisible();
  await expect(page.getByText('記録 5件')).toBeVisible();
  await expect(page.getByLabel('こころを選ぶ')).toHaveCount(0);

  await page.getByRole('button', { name: 'すべての記録を削除' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: '削除する' }).click();
  await expect(page.getByText('表示できる記録はありません。')).toBeVisible();
});
