// Issue 13, 市役所の予約 as a citizen would find it, in Chromium on the demo data: a locked key is
// sent to the counter; cancelling dose 1 shows the dose 2 that goes with it; every menu item opens
// its screen from a 完了 step; the slot calendar stays readable while a day is pressed; and a time
// that fills while the citizen types keeps their details and offers the other free times.
import { expect, type Page, test } from '@playwright/test';
import type { App } from '../../src-main/app';
import { loginFailed } from '../../src-main/auth/lockout';
import { DEMO_CITIZEN } from '../../src-main/citizen';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../src-shared/contract';
import type { FormDetail } from '../../src-shared/contract/citizen';
import { formatDateTime } from '../../src-shared/localized-date';
import { expectAccessible, type Kiosk, launchKiosk, saveScreenshot } from './harness';

let kiosk: Kiosk | undefined;

test.afterEach(async () => {
  await kiosk?.close();
  kiosk = undefined;
});

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });
const DAY = 24 * 60 * 60_000;

async function closeKeyboard(page: Page): Promise<void> {
  const close = page.getByRole('button', { name: 'キーボードを閉じる' });
  if (await close.isVisible()) await close.click();
}

async function press(page: Page, name: string): Promise<void> {
  await closeKeyboard(page);
  await page.getByRole('button', { name, exact: true }).click();
}

async function call<C extends ChannelName>(app: App, channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await app.router.call('e2e-setup', channel, input);
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result)}`);
  return result.data;
}

/** The demo form whose title matches, with its upcoming slots. */
async function demoForm(app: App, title: RegExp): Promise<FormDetail> {
  for (const category of await call(app, 'city.categories', {})) {
    const { forms } = await call(app, 'city.forms', { categoryId: category.id });
    const form = forms.find((f) => title.test(f.title.ja));
    if (form) return call(app, 'city.form', { formId: form.id });
  }
  throw new Error(`no demo form ${title}`);
}

async function logInDemoCitizen(kiosk: Kiosk): Promise<void> {
  const { page, app, mailbox } = kiosk;
  await call(app, 'citizen.otp.issue', { userKey: DEMO_CITIZEN.userKey, email: DEMO_CITIZEN.email });
  const mail = await mailbox.waitFor({ to: DEMO_CITIZEN.email, subject: 'ワンタイムパスワードのご案内' });
  const otp = /ワンタイムパスワード：([A-Za-z0-9]{8})/.exec(mail.text)?.[1] ?? '';
  await page.evaluate("location.hash = '#/city/login'");
  await page.getByLabel('利用者キー').fill(DEMO_CITIZEN.userKey);
  await page.getByLabel('ワンタイムパスワード').fill(otp);
  await press(page, 'ログイン');
  await expect(heading(page, '予約一覧')).toBeVisible();
}

test('a locked 利用者キー with its own mail address is told 利用中止 and sent to the counter, not promised a code', async () => {
  kiosk = await launchKiosk({ demo: true });
  const { page, app, mailbox } = kiosk;
  const account = await app.services.accounts.findByLogin('citizen', DEMO_CITIZEN.userKey);
  if (!account) throw new Error('no demo citizen');
  for (let i = 0; i < 5; i++) await app.services.accounts.transition(account.id, (s) => loginFailed(s, 5), { actor: 'test', terminal: 'test' });

  await page.evaluate("location.hash = '#/city/otp'");
  await expect(heading(page, 'ワンタイムパスワード発行')).toBeVisible();
  await page.getByLabel('利用者キー').fill(DEMO_CITIZEN.userKey);
  await page.getByLabel('メールアドレス').fill(DEMO_CITIZEN.email);
  await press(page, '確認');
  await page.getByRole('button', { name: '発行' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('利用中止');
  await expect(alert).toContainText('窓口');
  await expect(page.getByText('ワンタイムパスワード通知メールを送信しました。')).toHaveCount(0);
  await expectAccessible(page, 'city otp (locked)');
  await saveScreenshot(page, 'city-otp-locked');
  await app.mailer.deliverDue();
  expect(mailbox.messages.filter((m) => m.subject.includes('ワンタイムパスワード'))).toHaveLength(0);
  expect(kiosk.pageErrors).toEqual([]);
});

test('cancelling dose 1 shows the date and time of the dose 2 cancelled with it', async () => {
  kiosk = await launchKiosk({ demo: true });
  const { page, app } = kiosk;
  await logInDemoCitizen(kiosk);
  const form = await demoForm(app, /集団接種/);
  const [dose1] = form.slots;
  const dose2 = form.slots.find((s) => dose1 && s.startsAt - dose1.startsAt >= (form.series?.minDays ?? 0) * DAY);
  if (!dose1 || !dose2) throw new Error('no series slots');
  const booked = await app.router.call(kiosk.terminalId, 'citizen.reserve', { slotId: dose1.id, secondSlotId: dose2.id });
  expect(booked.ok).toBe(true);

  await page.evaluate("location.hash = '#/city'");
  await page.getByRole('link', { name: '予約一覧' }).click();
  await page.getByRole('button', { name: /^キャンセル：新型コロナウイルスワクチン/ }).click();
  await expect(heading(page, '予約のキャンセル')).toBeVisible();
  const withIt = page.getByRole('table', { name: '一緒にキャンセルされる2回目の予約' });
  await expect(withIt.getByRole('cell', { name: formatDateTime(dose2.startsAt, 'ja') })).toBeVisible();
  await expect(withIt.getByRole('cell', { name: /（2回目）/ })).toBeVisible();
  await expectAccessible(page, 'city cancel confirm (series)');
  await saveScreenshot(page, 'city-cancel-series-confirm');
  expect(kiosk.pageErrors).toEqual([]);
});

test('every menu item opens its screen from the 完了 step of a flow', async () => {
  kiosk = await launchKiosk({ demo: true });
  const { page, app } = kiosk;
  await logInDemoCitizen(kiosk);
  const menu = page.getByRole('navigation', { name: '利用者メニュー' });

  const profileDone = async () => {
    await page.evaluate("location.hash = '#/city/reservations'");
    await menu.getByRole('link', { name: '利用者情報変更' }).click();
    await expect(page.getByRole('heading', { name: '利用者情報の入力' })).toBeVisible();
    await press(page, '確認');
    await press(page, '送信');
    await expect(page.getByText('利用者情報登録完了')).toBeVisible();
  };
  const expectations: Array<[string, () => Promise<void>]> = [
    ['利用者情報変更', () => expect(page.getByRole('heading', { name: '利用者情報の入力' })).toBeVisible()],
    ['予約一覧', () => expect(heading(page, '予約一覧')).toBeVisible()],
    ['ログアウト', () => expect(heading(page, 'ログアウト')).toBeVisible()],
  ];
  for (const [item, landed] of expectations) {
    await profileDone();
    await menu.getByRole('link', { name: item }).click();
    await landed();
  }

  // The 完了 step of a reservation made while logged in.
  const tax = await demoForm(app, /確定申告相談会/);
  const free = tax.slots.filter((s) => s.remaining > 0);
  for (const [index, [item, landed]] of expectations.entries()) {
    await page.evaluate(`location.hash = '#/city/forms/${tax.id}/reserve?slot=${free[index]?.id}'`);
    await press(page, '確認画面へ');
    await press(page, '予約する');
    await expect(page.getByText('予約を受け付けました')).toBeVisible();
    await menu.getByRole('link', { name: item }).click();
    await landed();
  }
  expect(kiosk.pageErrors).toEqual([]);
});

test('the slot calendar stays readable while a day is hovered, pressed and chosen', async () => {
  kiosk = await launchKiosk({ demo: true });
  const { page, app } = kiosk;
  const tax = await demoForm(app, /確定申告相談会/);
  await page.evaluate(`location.hash = '#/city/forms/${tax.id}'`);
  const days = page.getByRole('list', { name: '日にち' }).getByRole('button');
  await expect(days.first()).toHaveAttribute('aria-pressed', 'true');

  const holdDown = async (index: number, screen: string) => {
    const box = await days.nth(index).boundingBox();
    if (!box) throw new Error('no day button');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await expectAccessible(page, screen);
    await page.mouse.up();
  };
  // The chosen day held down, another day held down (the tap that chooses it), then that day
  // chosen with the pointer still over it.
  await holdDown(0, 'slot calendar: chosen day pressed');
  await holdDown(1, 'slot calendar: other day pressed');
  await expect(days.nth(1)).toHaveAttribute('aria-pressed', 'true');
  await expectAccessible(page, 'slot calendar: chosen day hovered');
  await saveScreenshot(page, 'city-slot-calendar-pressed');
  expect(kiosk.pageErrors).toEqual([]);
});

test('a time that fills while the citizen types keeps the details, says 満員 and offers the other free times', async () => {
  kiosk = await launchKiosk({ demo: true });
  const { page, app, mailbox } = kiosk;
  // One place per time: another terminal can take it while this one types.
  const form = await demoForm(app, /子育て相談/);
  const wanted = form.slots.find((s) => s.remaining > 0);
  if (!wanted) throw new Error('no free slot');
  await page.evaluate(`location.hash = '#/city/forms/${form.id}/reserve?slot=${wanted.id}'`);
  await expect(heading(page, '予約の申し込み')).toBeVisible();
  await page.getByLabel('氏名', { exact: true }).fill('子育 花子');
  await page.getByLabel('電話番号').fill('0766510001');
  await page.getByLabel('メールアドレス').fill('kosodate@example.jp');
  await page.getByLabel('住所').fill('窓口市本町1-2-3');

  const other = await app.router.call('another-kiosk', 'city.reserve', { name: '別端末 一郎', phone: '0766510002', slotId: wanted.id });
  expect(other).toMatchObject({ ok: true });

  await press(page, '確認画面へ');
  await press(page, '予約する');
  await expect(page.getByText(/満員/).first()).toBeVisible();
  await expect(page.getByRole('cell', { name: '子育 花子' })).toBeVisible();
  await expect(page.getByRole('cell', { name: '窓口市本町1-2-3' })).toBeVisible();
  const others = page.getByRole('region', { name: '空きのあるほかの日時' });
  await expect(others).toBeVisible();
  await expectAccessible(page, 'city reserve (time filled)');
  await saveScreenshot(page, 'city-reserve-full-other-times');
  await others.getByRole('button', { name: /残り\d+人/ }).first().click();

  // Back on 確認 with the new time and the same details.
  await expect(page.getByRole('region', { name: '空きのあるほかの日時' })).toHaveCount(0);
  await expect(page.getByRole('cell', { name: '子育 花子' })).toBeVisible();
  const chosen = Number(new URL(page.url().replace('#', '')).searchParams.get('slot'));
  expect(chosen).not.toBe(wanted.id);
  const slot = form.slots.find((s) => s.id === chosen);
  await expect(page.getByRole('cell', { name: formatDateTime(slot?.startsAt ?? 0, 'ja') })).toBeVisible();
  await press(page, '予約する');
  await expect(page.getByText('予約を受け付けました')).toBeVisible();
  await mailbox.waitFor({ to: 'kosodate@example.jp', subject: '予約を受け付けました' });
  const row = await app.store.get<{ slot_id: number; attendee_name: string }>(
    "SELECT slot_id, attendee_name FROM reservations WHERE attendee_name = '子育 花子'",
  );
  expect(row).toEqual({ slot_id: chosen, attendee_name: '子育 花子' });
  expect(kiosk.pageErrors).toEqual([]);
});
