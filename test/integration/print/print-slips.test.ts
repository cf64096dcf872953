// Every slip printed to PDF through the router with the file adapter, rendered by real Chromium and
// read back with pdfjs: the reservation receipt (only for the window that reserved, 令和, no
// 利用者キー, 58 mm wide), the library receipt of the patron's own loans and holds, the patron's
// registration slip and the A4 attendee list (both audited), and a terminal without a printer.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PATRON } from '../../../src-main/library';
import { launchChromium } from '../../e2e/support/chromium';
import { chromiumPdf } from '../../fixtures/chromium-pdf';
import { MM_PER_PT, printedText, readPdf, type PdfPage } from '../../fixtures/pdf-text';
import { tempApp, type TempApp } from '../../fixtures/temp-app';
import { eventDraft, guest, plan } from '../events/events-env';
import { errorOf, type StaffEnv, staffEnv } from '../staff/staff-env';

let browser: Browser;
let env: TempApp | StaffEnv | undefined;
beforeAll(async () => {
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  await env?.close();
  env = undefined;
});

const platform = () => ({ toPdf: chromiumPdf(() => browser) });

const plain = printedText;

async function pdfOf(dataDir: string, fileName: string): Promise<PdfPage[]> {
  const path = join(dataDir, 'prints', fileName);
  expect(existsSync(path)).toBe(true);
  const bytes = readFileSync(path);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  return readPdf(bytes);
}

function savedName(outcome: { outcome: string; fileName?: string }): string {
  expect(outcome.outcome).toBe('saved');
  return outcome.fileName ?? '';
}

describe('kiosk receipts on a 58 mm roll', () => {
  it('prints the reservation receipt for the window that reserved, with 令和 and without the 利用者キー', async () => {
    const t = await tempApp({ demoData: true, print: { adapter: 'file', paper: '58mm' }, citizen: { evenAnswerMs: 0 } }, { print: platform() });
    env = t;
    expect(await t.ok('k1/window-1', 'print.status', {})).toEqual({ available: true, paper: '58mm' });
    const categories = await t.ok('k1/window-1', 'city.categories', {});
    let slotId = 0;
    let formId = 0;
    for (const c of categories) {
      for (const f of (await t.ok('k1/window-1', 'city.forms', { categoryId: c.id })).forms) {
        const detail = await t.ok('k1/window-1', 'city.form', { formId: f.id });
        const free = detail.slots.find((x) => x.remaining > 0);
        if (!slotId && !detail.series && detail.bookable && free) {
          slotId = free.id;
          formId = f.id;
        }
      }
    }
    expect(slotId).toBeGreaterThan(0);
    const form = await t.ok('k1/window-1', 'city.form', { formId });
    const receipt = await t.ok('k1/window-1', 'city.reserve', { slotId, ...guest('印刷 はなこ', 'print-hanako@example.jp') });
    const ids = receipt.reservations.map((r) => r.id);
    const userKey = (await t.app.services.audit.list({ action: 'citizen.register' }))[0]?.target?.replace('citizen:', '') ?? '';
    expect(userKey.length).toBeGreaterThan(4);

    // Another window (the next person, another kiosk) may not print it: as if it did not exist.
    expect(errorOf(await t.call('k2/window-1', 'print.reservation', { reservationIds: ids })).code).toBe('not_found');
    expect(errorOf(await t.call('k1/window-1', 'print.reservation', { reservationIds: [ids[0] as number + 1000] })).code).toBe('not_found');

    const fileName = savedName(await t.ok('k1/window-1', 'print.reservation', { reservationIds: ids, locale: 'ja' }));
    expect(fileName).toMatch(new RegExp(`^\\d{8}-\\d{6}-reservation-${ids[0]}\\.pdf$`));
    const pages = await pdfOf(t.dataDir, fileName);
    expect(pages).toHaveLength(1);
    const page = pages[0] as PdfPage;
    expect(Math.abs(page.widthPt * MM_PER_PT - 58)).toBeLessThan(0.5);
    const text = plain(page.text);
    expect(text).toContain(plain('予約の控え'));
    expect(text).toContain(plain(form.title.ja));
    expect(text).toContain(plain(form.venue.ja));
    expect(text).toMatch(/令和\d+年\d+月\d+日/);
    expect(text).toContain(String(ids[0]));
    expect(text).not.toContain(userKey);
    expect(text).not.toContain('ワンタイムパスワード:');
    // The 利用者キー mail went out; its code is on no slip.
    expect(t.logs.some((l) => l.event === 'print.done')).toBe(true);
    expect(JSON.stringify(t.logs)).not.toContain(userKey);

    // The kiosk's screen language is the slip's: the same channel prints it in Vietnamese.
    const vi = plain((await pdfOf(t.dataDir, savedName(await t.ok('k1/window-1', 'print.reservation', { reservationIds: ids, locale: 'vi' })))).map((p) => p.text).join(''));
    expect(vi).toContain(plain('Phiếu xác nhận lịch hẹn'));
    expect(vi).toContain(plain('giờ Nhật Bản'));
    expect(vi).not.toContain(userKey);

    // The window's session ends (idle, the next person): the grant goes with it.
    await t.ok('k1/window-1', 'session.end', { reason: 'idle' });
    expect(errorOf(await t.call('k1/window-1', 'print.reservation', { reservationIds: ids })).code).toBe('not_found');
  });

  it("prints the patron's own loans and holds with 令和 due dates and the pickup branch", async () => {
    const t = await tempApp({ demoData: true, print: { adapter: 'file', paper: '58mm' } }, { print: platform() });
    env = t;
    expect(errorOf(await t.call('lib', 'print.library', {})).code).toBe('unauthorized');
    await t.ok('lib', 'library.login', { cardNumber: DEMO_PATRON.cardNumber, password: DEMO_PATRON.password });
    const loans = await t.ok('lib', 'library.loans.list', {});
    const holds = await t.ok('lib', 'library.holds.list', {});
    expect(loans.length + holds.length).toBeGreaterThan(0);
    const fileName = savedName(await t.ok('lib', 'print.library', { locale: 'ja' }));
    const pages = await pdfOf(t.dataDir, fileName);
    expect(pages).toHaveLength(1);
    expect(Math.abs((pages[0] as PdfPage).widthPt * MM_PER_PT - 58)).toBeLessThan(0.5);
    const text = plain(pages.map((p) => p.text).join(''));
    expect(text).toContain(plain('貸出・予約の控え'));
    for (const loan of loans) expect(text).toContain(plain(loan.item.title));
    for (const hold of holds) expect(text).toContain(plain(hold.item.title));
    if (loans.length) expect(text).toMatch(/返却期限令和\d+年/);
    if (holds.length) expect(text).toContain(plain('受取館'));
    expect(text).not.toContain(plain(DEMO_PATRON.name));

    // The counter's checkout prints what it just lent, with the patron's name, on the same slip.
    const checkout = await t.app.services.print.libraryReceipt(
      { id: 'checkout-1', patronName: '窓口 さくら', items: [{ title: 'とても長い書名の本'.repeat(8), dueDate: '2026-01-19' }], holds: [{ title: '銀河鉄道の夜', pickupBranch: '東部' }] },
      'ja',
    );
    const receipt = plain((await pdfOf(t.dataDir, savedName(checkout))).map((p) => p.text).join(''));
    expect(receipt).toContain(plain('窓口 さくら'));
    expect(receipt).toContain(plain('とても長い書名の本'.repeat(8)));
    expect(receipt).toContain(plain('返却期限 令和8年1月19日(月曜日)'));
    expect(receipt).toContain(plain('受取館 東部'));
  });
});

describe('counter slips', () => {
  it('prints the registration slip and the A4 attendee list, escaped, and audits both', async () => {
    const s = await staffEnv({ print: { adapter: 'file', paper: '80mm' }, citizen: { evenAnswerMs: 0 } }, { print: platform() });
    env = s;
    const { staffId } = await s.clerk(['patron_register', 'event_management'], { pin: 'insa2468', confirmPin: 'insa1357' });
    await s.ok('desk', 'staff.login', { staffId, pin: 'insa2468' });
    const registered = await s.ok('desk', 'counter.patron.register', {
      cardNumber: (await s.ok('desk', 'counter.patron.newCardNumber', {})).cardNumber,
      name: '窓口 さくら', kana: 'まどぐち さくら', birthDate: '1992-03-09', email: 'sakura@example.jp', emailKind: 'pc',
      phone: '', phoneKind: 'mobile', pickupBranch: 'tobu', mailLocale: 'ja',
    });
    const slipFile = savedName(await s.ok('desk', 'counter.print.patronSlip', { accountId: registered.accountId, locale: 'ja' }));
    const slip = await pdfOf(s.dataDir, slipFile);
    expect(Math.abs((slip[0] as PdfPage).widthPt * MM_PER_PT - 80)).toBeLessThan(0.5);
    const slipText = plain(slip.map((p) => p.text).join(''));
    expect(slipText).toContain(registered.cardNumber);
    expect(slipText).toContain(plain('窓口 さくら'));
    expect(slipText).toContain(plain('東部'));
    expect(slipText).toMatch(/令和\d+年\d+月\d+日/);
    expect(slipText).not.toContain('0309');
    expect((await s.app.services.audit.list({ action: 'print.patron_slip' }))[0]).toMatchObject({ actor: `staff:${staffId}`, target: `patron:${registered.cardNumber}`, outcome: 'ok' });
    // Not a patron, or nobody: not_found.
    expect(errorOf(await s.call('desk', 'counter.print.patronSlip', { accountId: 999_999 })).code).toBe('not_found');

    const categoryId = await s.app.services.citizen.catalogStore.addCategory({ titleJa: '相談', titleTr: { en: 'Advice' }, sortOrder: 1 }, s.clock.now());
    const { eventId } = await s.ok('desk', 'counter.events.save', eventDraft(categoryId, { titleJa: '<b>税の相談</b> & 申告' }));
    await s.ok('desk', 'counter.events.slots.generate', plan(eventId, { from: '2026-02-02', to: '2026-02-02', times: ['10:00', '13:30'] }));
    const [morning, afternoon] = (await s.ok('desk', 'counter.events.slots.month', { eventId, month: '2026-02' })).slots;
    if (!morning || !afternoon) throw new Error('no slots');
    await s.ok('k1', 'city.reserve', { slotId: morning.id, ...guest('参加 一郎', null) });
    await s.ok('k2', 'city.reserve', { slotId: afternoon.id, ...guest('参加 二郎', 'jiro@example.jp') });
    const listFile = savedName(await s.ok('desk', 'counter.print.attendees', { eventId, day: '2026-02-02', slotId: null }));
    expect(listFile).toMatch(new RegExp(`-attendees-${eventId}-2026-02-02\\.pdf$`));
    const list = await pdfOf(s.dataDir, listFile);
    expect(Math.abs((list[0] as PdfPage).widthPt * MM_PER_PT - 210)).toBeLessThan(0.5);
    expect(Math.abs((list[0] as PdfPage).heightPt * MM_PER_PT - 297)).toBeLessThan(0.5);
    const listText = plain(list.map((p) => p.text).join(''));
    expect(listText).toContain(plain('参加者一覧'));
    expect(listText).toContain(plain('<b>税の相談</b> & 申告'));
    expect(listText).toContain(plain('令和8年2月2日'));
    expect(listText).toContain(plain('参加 一郎'));
    expect(listText).toContain(plain('参加 二郎'));
    expect(listText).toContain('10:00');
    expect((await s.app.services.audit.list({ action: 'print.attendees' }))[0]).toMatchObject({ actor: `staff:${staffId}`, target: `event:${eventId}`, outcome: 'ok' });
  });
});

describe('a terminal without a printer', () => {
  it('says so to the screens and prints nothing', async () => {
    const t = await tempApp({ demoData: false });
    env = t;
    expect(await t.ok('k', 'print.status', {})).toEqual({ available: false, paper: '80mm' });
    expect(await t.ok('k', 'print.reservation', { reservationIds: [1] })).toEqual({ outcome: 'print_failed', reason: 'not_configured' });
    expect(existsSync(join(t.dataDir, 'prints'))).toBe(false);
  });

  it('has no printer when electron is configured outside Electron, and logs why', async () => {
    const t = await tempApp({ demoData: false, print: { adapter: 'electron', deviceName: 'TM-T20III' } });
    env = t;
    expect((await t.ok('k', 'print.status', {})).available).toBe(false);
    expect(t.logs.find((l) => l.event === 'print.unavailable')?.detail).toEqual({ adapter: 'electron', why: 'no_window' });
  });
});
