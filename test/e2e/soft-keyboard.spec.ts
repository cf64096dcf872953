// The on-screen keyboard at a kiosk: it follows the focused input with that input's layout, its keys
// type into the input (and v-model) at the caret, the physical keyboard keeps working, and at the
// counter it never appears. With it open, the page makes room for it: the focused input and every
// button can be scrolled above it and pressed. The form is the citizens' ログイン screen (seed 000).
import { expect, type Page, test } from '@playwright/test';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../src-shared/contract';
import { expectAccessible, type Kiosk, LANDSCAPE, launchKiosk, PORTRAIT, saveScreenshot } from './harness';

let kiosk: Kiosk | undefined;

test.afterEach(async () => {
  await kiosk?.close();
  kiosk = undefined;
});

test('typing 利用者キー and the one-time password on the soft keyboard', async () => {
  kiosk = await launchKiosk();
  const { page } = kiosk;
  await page.evaluate("location.hash = '#/city/login'");
  const userKey = page.getByLabel('利用者キー');
  const keyboard = page.getByRole('group', { name: '画面のキーボード' });
  const key = (name: string) => keyboard.getByRole('button', { name, exact: true });

  await expect(keyboard).toBeHidden();
  await userKey.click();
  await expect(keyboard).toBeVisible();
  // The system's own touch keyboard stays away while ours is shown.
  await expect(userKey).toHaveAttribute('inputmode', 'none');

  for (const k of ['a', 'b', 'c', 'd', '1', '2', '3', '4', '6']) await key(k).click();
  await key('⌫ 1字消す').click();
  await key('5').click();
  await expect(userKey).toHaveValue('abcd12345');
  await expect(userKey).toBeFocused();
  await saveScreenshot(page, 'soft-keyboard-alpha-portrait');
  await expectAccessible(page, 'login with the soft keyboard open');

  // Typing goes in at the caret, not only at the end.
  await userKey.press('Home');
  await key('x').click();
  await expect(userKey).toHaveValue('xabcd12345');
  await key('⌫ 1字消す').click();

  // The next input takes over the keyboard; capitals come from the shift key.
  const otp = page.getByLabel('ワンタイムパスワード');
  await otp.click();
  await key('⇧ 大文字').click();
  for (const k of ['A', 'B']) await key(k).click();
  await key('⇧ 小文字').click();
  await key('c').click();
  await expect(otp).toHaveValue('ABc');

  // A physical keyboard still works in the same input.
  await otp.pressSequentially('d3');
  await expect(otp).toHaveValue('ABcd3');

  await key('キーボードを閉じる').click();
  await expect(keyboard).toBeHidden();
  await expect(userKey).toHaveValue('abcd12345');
  expect(kiosk.pageErrors).toEqual([]);
});

test('in landscape the focused input stays above the keyboard', async () => {
  kiosk = await launchKiosk({ viewport: { width: 1920, height: 1080 } });
  const { page } = kiosk;
  await page.evaluate("location.hash = '#/city/login'");
  const otp = page.getByLabel('ワンタイムパスワード');
  await otp.click();
  const keyboard = page.getByRole('group', { name: '画面のキーボード' });
  await expect(keyboard).toBeVisible();
  // The input glides into place (a smooth scroll), so its position is read until it settles.
  await expect
    .poll(async () => {
      const inputBox = (await otp.boundingBox())!;
      const keyboardBox = (await keyboard.boundingBox())!;
      return inputBox.y + inputBox.height <= keyboardBox.y;
    })
    .toBe(true);
  await saveScreenshot(page, 'soft-keyboard-alpha-landscape');
});

test('no soft keyboard at the counter: the clerk types on the real keyboard', async () => {
  kiosk = await launchKiosk({ config: { mode: 'counter' } });
  const { page } = kiosk;
  await page.evaluate("location.hash = '#/city/login'");
  const userKey = page.getByLabel('利用者キー');
  await userKey.click();
  await userKey.pressSequentially('abcd12345');
  await expect(userKey).toHaveValue('abcd12345');
  await expect(page.getByRole('group', { name: '画面のキーボード' })).toHaveCount(0);
  await expect(userKey).not.toHaveAttribute('inputmode', 'none');
});

test('the kana table: voiced marks, small kana and katakana', async () => {
  kiosk = await launchKiosk();
  const { page, app, terminalId } = kiosk;
  // A patron at the library's search screen; the search itself is not sent in this test. The
  // session refers to its account in the store, so the account is made first.
  const account = await app.services.accounts.create('patron', '1234567890123', '図書 太郎');
  await app.services.sessions.start(terminalId, {
    accountId: account.id,
    kind: 'patron',
    loginId: account.loginId,
    displayName: account.displayName,
    role: null,
    permissions: [],
    requiredAction: null,
  });
  await page.evaluate("location.hash = '#/library/search'");
  const query = page.getByLabel('書名・著者名');
  await query.click();
  const keyboard = page.getByRole('group', { name: '画面のキーボード' });
  const key = (name: string) => keyboard.getByRole('button', { name, exact: true });
  await expect(key('あ')).toBeVisible();

  for (const k of ['か', '゛ 濁点', 'つ', '小さい字', 'は', '゜ 半濁点']) await key(k).click();
  await expect(query).toHaveValue('がっぱ');
  await saveScreenshot(page, 'soft-keyboard-kana-portrait');
  await expectAccessible(page, 'kana keyboard');

  await key('カタカナ').click();
  for (const k of ['ア', 'ン']) await key(k).click();
  await key('ひらがな').click();
  await key('ー').click();
  await expect(query).toHaveValue('がっぱアンー');
  expect(kiosk.pageErrors).toEqual([]);
});

/** The keyboard's top edge in the viewport, in CSS pixels. */
async function keyboardTop(page: Page): Promise<number> {
  const box = await page.getByRole('group', { name: '画面のキーボード' }).boundingBox();
  if (!box) throw new Error('the keyboard is not shown');
  return box.y;
}

/**
 * The lowest bottom edge of every control outside the keyboard when the page is scrolled as far down
 * as it goes: if it is above the keyboard, every control can be brought into the open by scrolling.
 */
async function lowestControlAtEnd(page: Page): Promise<{ bottom: number; control: string }> {
  await page.evaluate('window.scrollTo(0, document.documentElement.scrollHeight)');
  const controls = page.locator(':is(button, a[href], input, select, textarea):not(.soft-keyboard *)').filter({ visible: true });
  let lowest = { bottom: 0, control: '' };
  for (const control of await controls.all()) {
    const box = await control.boundingBox();
    if (box && box.y + box.height > lowest.bottom) {
      lowest = { bottom: box.y + box.height, control: (await control.textContent())?.trim() || (await control.getAttribute('aria-label')) || '' };
    }
  }
  return lowest;
}

for (const [orientation, viewport] of [
  ['portrait', PORTRAIT],
  ['landscape', LANDSCAPE],
] as const) {
  test(`${orientation}: with the keyboard open every control can be scrolled above it, and ログイン pressed without closing it`, async () => {
    kiosk = await launchKiosk({ viewport });
    const { page } = kiosk;
    await page.evaluate("location.hash = '#/city/login'");
    const keyboard = page.getByRole('group', { name: '画面のキーボード' });
    const key = (name: string) => keyboard.getByRole('button', { name, exact: true });

    await page.getByLabel('利用者キー').click();
    for (const k of ['w', 'x', 'y', 'z', '1', '2', '3', '4', '5']) await key(k).click();
    const otp = page.getByLabel('ワンタイムパスワード');
    await otp.click();
    for (const k of ['a', 'b', 'c', 'd', '2', '3', '4', '5']) await key(k).click();
    await expect(otp).toHaveValue('abcd2345');

    // The focused input is scrolled clear of the keyboard, not hidden behind it.
    await expect
      .poll(async () => {
        const box = await otp.boundingBox();
        return box ? box.y + box.height <= (await keyboardTop(page)) : false;
      })
      .toBe(true);
    await saveScreenshot(page, `soft-keyboard-login-${orientation}`);

    // The page is padded by the keyboard's height: scrolled to the end, even the last control on
    // the screen stands above the keyboard's top edge.
    const lowest = await lowestControlAtEnd(page);
    expect(lowest.bottom).toBeGreaterThan(0);
    expect(lowest.bottom, `lowest control: ${lowest.control}`).toBeLessThanOrEqual(await keyboardTop(page));
    await expect(keyboard).toBeVisible();
    await expect(key('キーボードを閉じる')).toBeVisible();
    await expectAccessible(page, `login with the keyboard open (${orientation})`);

    // Back in the inputs, then straight to the primary button: Playwright scrolls it into view and
    // refuses to click if anything — the keyboard included — would receive the tap instead.
    await page.getByLabel('利用者キー').click();
    await otp.click();
    await expect(keyboard).toBeVisible();
    const submit = page.getByRole('button', { name: 'ログイン', exact: true });
    await submit.click({ timeout: 5_000 });
    // The tap reached the form: it was sent, and the unknown key is answered like every failure.
    await expect(page.getByText('ログインできませんでした。', { exact: false })).toBeVisible();
    await expect(otp).toHaveValue('');
    expect(kiosk.pageErrors).toEqual([]);
  });
}

// Issue 13: an address such as 本町1-2-3 is typed by touch on the kana keyboard — it has a row of
// digits and the hyphen, apart from the long-vowel ー — with 48 px keys and nothing scrolling
// sideways on every screen the kiosk is installed with.
for (const viewport of [PORTRAIT, LANDSCAPE, { width: 1280, height: 1024 }]) {
  test(`${viewport.width}×${viewport.height}: the kana keyboard types an address with digits and hyphens`, async () => {
    kiosk = await launchKiosk({ demo: true, viewport });
    const { page, app } = kiosk;
    const call = async <C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> => {
      const result = await app.router.call('e2e-setup', channel, input);
      if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result)}`);
      return result.data;
    };
    const [category] = await call('city.categories', {});
    const [form] = (await call('city.forms', { categoryId: category?.id ?? 0 })).forms;
    const detail = await call('city.form', { formId: form?.id ?? 0 });
    const slot = detail.slots.find((s) => s.remaining > 0);
    await page.evaluate(`location.hash = '#/city/forms/${form?.id}/reserve?slot=${slot?.id}'`);

    const address = page.getByLabel('住所');
    await address.click();
    const keyboard = page.getByRole('group', { name: '画面のキーボード' });
    const key = (name: string) => keyboard.getByRole('button', { name, exact: true });
    await expect(key('あ')).toBeVisible();
    for (const k of ['ほ', 'ん', 'ま', 'ち', '1', '-', '2', '-', '3']) await key(k).click();
    await expect(address).toHaveValue('ほんまち1-2-3');
    // The long-vowel mark is its own key, on both pages, and types its own character.
    await key('カタカナ').click();
    for (const k of ['ヒ', 'ル', 'ー', '5', '0', '1']) await key(k).click();
    await expect(address).toHaveValue('ほんまち1-2-3ヒルー501');
    for (const d of '0123456789-') await expect(key(d)).toBeVisible();

    // Every key a finger can reach is at least 48 px each way, and nothing scrolls sideways.
    const small = await keyboard.locator('button:not(.key--blank)').evaluateAll((buttons) =>
      buttons
        .map((b) => ({ key: b.textContent ?? '', box: b.getBoundingClientRect() }))
        .filter(({ box }) => box.width < 48 || box.height < 48)
        .map(({ key, box }) => `${key} ${Math.round(box.width)}×${Math.round(box.height)}`),
    );
    expect(small).toEqual([]);
    const box = await keyboard.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= viewport.width).toBe(true);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(viewport.width);
    await saveScreenshot(page, `soft-keyboard-kana-address-${viewport.width}x${viewport.height}`);
    await expectAccessible(page, `kana keyboard with digits (${viewport.width}×${viewport.height})`);
    expect(kiosk.pageErrors).toEqual([]);
  });
}
