// 貸出・返却・延長 at a counter PC (issue 14), in portrait and landscape: a wedge scanner is
// simulated by fast key events (a few ms apart, as a scanner types) — also while the focus is on no
// field — and a clerk types numbers by hand; refused cards and items are said under their field.
// With library.system = sip2 the same screens drive the test ILS, and say so when it is down.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { FakeClock } from '../../src-main/clock';
import { DEMO_STAFF } from '../../src-main/staff';
import { PATRON_ICHIRO } from '../fixtures/sip2-server/fixture';
import { type Sip2TestServer, startSip2TestServer } from '../fixtures/sip2-server/server';
import { type Kiosk, LANDSCAPE, launchKiosk, PORTRAIT, saveScreenshot } from './harness';

let kiosk: Kiosk | undefined;
let server: Sip2TestServer | undefined;
let secrets: string | undefined;

test.afterEach(async () => {
  await kiosk?.close();
  await server?.close().catch(() => undefined);
  if (secrets) rmSync(secrets, { recursive: true, force: true });
  kiosk = undefined;
  server = undefined;
  secrets = undefined;
});

// The demo's patrons (src-main/library/demo.ts), written out: that module imports the demo catalogue
// as a Vite ?raw asset, which the spec's own loader cannot read (the app is loaded through Vite).
const DEMO_PATRON = { cardNumber: '2000000000015', name: '図書 花子' } as const;
const DEMO_NEW_PATRON = { cardNumber: '2000000000022', name: '窓口 太郎' } as const;

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });
const { admin } = DEMO_STAFF;

async function noSidewaysScroll(page: Page): Promise<void> {
  expect(await page.evaluate('document.documentElement.scrollWidth <= document.documentElement.clientWidth')).toBe(true);
}

async function staffLogin(page: Page): Promise<void> {
  await page.getByRole('link', { name: '職員' }).click();
  await page.getByLabel('利用者ID').fill(admin.staffId);
  await page.getByLabel('利用者暗証番号').fill(admin.pin);
  await page.getByRole('button', { name: 'ログイン', exact: true }).click();
  await expect(heading(page, '職員メニュー')).toBeVisible();
}

/** A wedge scanner: the code and Enter, each key 0–5 ms after the last, wherever the focus is. */
async function scan(page: Page, code: string): Promise<void> {
  await page.keyboard.type(`${code}\n`, { delay: Math.floor(Math.random() * 6) });
}

/** Takes the focus off every field, as after a click on the page's background. */
async function blur(page: Page): Promise<void> {
  await page.evaluate('document.activeElement && document.activeElement.blur()');
}

for (const [label, viewport] of [['portrait', PORTRAIT], ['landscape', LANDSCAPE]] as const) {
  test(`lending at the counter (${label}): scan and type, refusals named, return to 取置, renew`, async () => {
    kiosk = await launchKiosk({ demo: true, viewport, config: { mode: 'counter' } });
    const { page, app } = kiosk;
    // Barcodes on demo items, as a catalogue import gives them.
    for (const [barcode, title] of [['B0001', '吾輩は猫である'], ['B0002', '草枕'], ['B0003', '坊っちゃん'], ['B0004', '山月記']] as const) {
      await app.store.run('UPDATE catalogue_items SET barcode = ? WHERE title = ?', [barcode, title]);
    }
    await staffLogin(page);
    await page.getByRole('link', { name: /^貸出/ }).click();
    await expect(heading(page, '貸出')).toBeVisible();

    // An unknown card, typed by hand: named under the card field.
    await page.getByLabel('図書館カード').pressSequentially('2999999999990', { delay: 150 });
    await page.getByLabel('図書館カード').press('Enter');
    await expect(page.getByText('図書館カード 2999999999990 は登録されていません。')).toBeVisible();

    // The scanner while no field has the focus: the code lands in the card field anyway.
    await blur(page);
    await scan(page, DEMO_NEW_PATRON.cardNumber);
    const panel = page.getByTestId('lending-patron');
    await expect(panel.getByText(DEMO_NEW_PATRON.name)).toBeVisible();
    await expect(page.getByTestId('lending-count')).toHaveText('0冊（上限 10冊）');

    // Items: scanned (focus in the field, which already holds a stray digit), then typed by hand.
    await page.getByLabel('資料番号').fill('9');
    await scan(page, 'B0001');
    await expect(page.getByText(/「吾輩は猫である」を貸し出しました。返却期限は 令和8年1月19日/)).toBeVisible();
    await expect(page.getByTestId('lent-items').getByText('吾輩は猫である')).toBeVisible();
    await page.getByLabel('資料番号').pressSequentially('B0002', { delay: 120 });
    await page.getByLabel('資料番号').press('Enter');
    await expect(page.getByTestId('lent-items').getByText('草枕')).toBeVisible();
    await expect(page.getByTestId('lending-count')).toHaveText('2冊（上限 10冊）');

    // Refusals, each under the item field, and nothing lent.
    await scan(page, 'NOPE-404');
    await expect(page.getByText('資料番号 NOPE-404 は蔵書にありません。番号をお確かめください。')).toBeVisible();
    await blur(page);
    await scan(page, 'B0003');
    await expect(page.getByText('資料番号 B0003「坊っちゃん」は貸出中です。先に返却の手続きをしてください。')).toBeVisible();
    await noSidewaysScroll(page);
    await saveScreenshot(page, `staff-lending-checkout-${label}`);
    expect((await app.store.all('SELECT id FROM loans WHERE account_id = (SELECT id FROM accounts WHERE login_id = ?)', [DEMO_NEW_PATRON.cardNumber])).length).toBe(2);

    await page.getByRole('button', { name: '貸出を終える' }).click();
    await expect(heading(page, '貸出完了')).toBeVisible();
    await expect(page.getByText(`${DEMO_NEW_PATRON.name} さんに 2冊を貸し出しました。`)).toBeVisible();

    // 花子 has an overdue loan: the block is shown, and a scan is refused.
    await page.getByRole('button', { name: '次の利用者へ' }).click();
    await scan(page, DEMO_PATRON.cardNumber);
    await expect(page.getByText('返却期限を過ぎた資料があるため、新しい貸出はできません（返却・延長はできます）。')).toBeVisible();

    // 返却: 山月記 is reserved by 太郎 → 取置; 吾輩は猫である → back to the shelves.
    await page.getByRole('button', { name: '職員メニューへもどる' }).click();
    await page.getByRole('link', { name: /^返却/ }).click();
    await expect(heading(page, '返却')).toBeVisible();
    await blur(page);
    await scan(page, 'B0004');
    const returned = page.getByTestId('returned-items');
    await expect(returned.getByText('「山月記」を返却しました。')).toBeVisible();
    await expect(returned.getByText('予約があります。取置の棚へ回してください。')).toBeVisible();
    await expect(returned.getByText('受取館：本館')).toBeVisible();
    await page.getByLabel('資料番号').pressSequentially('B0001', { delay: 120 });
    await page.getByLabel('資料番号').press('Enter');
    await expect(returned.getByText('「吾輩は猫である」を返却しました。')).toBeVisible();
    await scan(page, 'B0001');
    await expect(page.getByText('資料番号 B0001「吾輩は猫である」は貸出されていません。')).toBeVisible();
    await noSidewaysScroll(page);
    await saveScreenshot(page, `staff-lending-checkin-${label}`);

    // 延長: one loan renewed, the overdue one refused beside its title.
    await page.getByRole('button', { name: '職員メニューへもどる' }).click();
    await page.getByRole('link', { name: /^延長/ }).click();
    await expect(heading(page, '延長')).toBeVisible();
    await scan(page, DEMO_PATRON.cardNumber);
    await page.getByRole('button', { name: '延長する：熊本城の四百年' }).click();
    await expect(page.getByText(/「熊本城の四百年」を延長しました。新しい返却期限は 令和8年1月19日/)).toBeVisible();
    await page.getByRole('button', { name: '延長する：坊っちゃん' }).click();
    await expect(page.getByText('返却期限を過ぎているため延長できません。')).toBeVisible();
    await noSidewaysScroll(page);
    await saveScreenshot(page, `staff-lending-renew-${label}`);

    const actions = await app.store.all<{ action: string; actor: string; outcome: string }>("SELECT action, actor, outcome FROM audit_log WHERE action LIKE 'lending.%' ORDER BY id");
    expect(actions.filter((a) => a.outcome === 'ok').map((a) => a.action)).toEqual([
      'lending.checkout',
      'lending.checkout',
      'lending.checkin',
      'lending.checkin',
      'lending.renew',
    ]);
    expect(new Set(actions.map((a) => a.actor))).toEqual(new Set([`staff:${admin.staffId}`]));
    expect(kiosk.pageErrors).toEqual([]);
  });
}

test('lending against the ILS (sip2): scanned at the counter, and 図書館システムに接続できません when it is down', async () => {
  const clock = new FakeClock();
  server = await startSip2TestServer({ user: 'kiosk', password: 'sip-secret', now: () => clock.now() });
  secrets = mkdtempSync(join(tmpdir(), 'madoguchi-lend-e2e-'));
  const passwordFile = join(secrets, 'sip-password');
  writeFileSync(passwordFile, 'sip-secret\n');
  kiosk = await launchKiosk({
    demo: true,
    clock,
    viewport: LANDSCAPE,
    config: {
      mode: 'counter',
      library: {
        system: 'sip2',
        sip2: { host: server.host, port: server.port, user: 'kiosk', passwordFile, locationCode: 'honkan', institutionId: 'TESTLIB', timeoutMs: 1_000 },
      },
    },
  });
  const { page } = kiosk;
  await staffLogin(page);
  await page.getByRole('link', { name: /^貸出/ }).click();
  await expect(heading(page, '貸出')).toBeVisible();
  await scan(page, PATRON_ICHIRO);
  await expect(page.getByTestId('lending-patron').getByText('鈴木 一郎')).toBeVisible();
  await scan(page, 'I001');
  await expect(page.getByTestId('lent-items').getByText('吾輩は猫である')).toBeVisible();
  expect(server.fixture.loans.some((l) => l.itemId === 'I001' && l.patronId === PATRON_ICHIRO)).toBe(true);

  await server.close();
  await scan(page, 'I004');
  await expect(page.getByText('資料番号：図書館システムに接続できません。しばらくしてからお試しください。')).toBeVisible();
  await saveScreenshot(page, 'staff-lending-ils-down');
});
