// No screen may scroll sideways at the three sizes a site's terminals have: a portrait lobby kiosk
// (1080×1920), a landscape kiosk or counter PC (1920×1080) and an older 5:4 monitor (1280×1024) —
// at text size 中 and at 大 (issue 13: 利用者情報選択 was 1745 px wide in portrait). Every screen
// of every area is visited with the data it shows at a real site: the demo citizen's reservations,
// the demo patron's loans, the administrator's table of staff.
import { expect, type Page, test } from '@playwright/test';
import { DEMO_CITIZEN } from '../../src-main/citizen';
import { DEMO_PATRON } from '../../src-main/library/demo-patrons';
import { DEMO_STAFF } from '../../src-main/staff';
import { type Kiosk, LANDSCAPE, launchKiosk, PORTRAIT, type Viewport } from './harness';

const SQUARE: Viewport = { width: 1280, height: 1024 };
const SIZES: [string, Viewport][] = [
  ['portrait 1080×1920', PORTRAIT],
  ['landscape 1920×1080', LANDSCAPE],
  ['5:4 1280×1024', SQUARE],
];

interface Visit {
  path: string;
  /** Text that is on screen once the screen's data has arrived. */
  ready?: string | RegExp;
  /** A scrolling region that must not need to scroll sideways either (the table of 利用者情報選択, 利用者の一覧). */
  region?: string;
}

let kiosk: Kiosk | undefined;

test.afterEach(async () => {
  await kiosk?.close();
  kiosk = undefined;
});

// Runs in the page; a string because the test tsconfig has no DOM types.
const MEASURE = `(() => {
  const doc = document.documentElement;
  const width = doc.clientWidth;
  const culprits = [];
  // Only what widens the page: an element inside a box that scrolls or clips on its own does not.
  const clipped = (el) => {
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
      if (getComputedStyle(a).overflowX !== 'visible') return true;
    }
    return false;
  };
  for (const el of document.querySelectorAll('body *')) {
    const box = el.getBoundingClientRect();
    if (box.right > width + 1 && culprits.length < 5 && !clipped(el)) {
      culprits.push(el.tagName.toLowerCase() + '.' + (el.getAttribute('class') || '').split(' ').join('.') + ' right=' + Math.round(box.right));
    }
  }
  return { scrollWidth: doc.scrollWidth, width, culprits };
})()`;

/** The page's width and scroll width, with the first elements past the right edge (where to look). */
async function overflow(page: Page): Promise<{ scrollWidth: number; width: number; culprits: string[] }> {
  return page.evaluate(MEASURE);
}

async function visitAll(page: Page, visits: Visit[], label: string): Promise<void> {
  for (const visit of visits) {
    await page.evaluate(`window.location.hash = ${JSON.stringify(`#${visit.path}`)}`);
    await expect(page.getByRole('heading', { level: 1 }).first(), `${label} ${visit.path}`).toBeVisible();
    if (visit.ready !== undefined) await expect(page.getByText(visit.ready).first(), `${label} ${visit.path}`).toBeVisible();
    const measured = await overflow(page);
    expect(measured.scrollWidth, `${label} ${visit.path} scrolls sideways: ${measured.culprits.join(', ')}`).toBeLessThanOrEqual(measured.width);
    if (visit.region !== undefined) {
      const region = page.getByRole('region', { name: visit.region });
      const [scrollWidth, clientWidth] = await region.evaluate((el) => [el.scrollWidth, el.clientWidth]);
      expect(scrollWidth, `${label} ${visit.path}: the region ${visit.region} scrolls sideways`).toBeLessThanOrEqual(clientWidth);
    }
  }
}

async function otp(k: Kiosk): Promise<string> {
  const mail = await k.mailbox.waitFor({ to: DEMO_CITIZEN.email, subject: 'ワンタイムパスワードのご案内' });
  const code = /ワンタイムパスワード：([A-Za-z0-9]{8})/.exec(mail.text)?.[1];
  if (!code) throw new Error('no one-time password in the mail');
  return code;
}

async function must<T>(answer: Promise<{ ok: true; data: T } | { ok: false; error: unknown }>): Promise<T> {
  const result = await answer;
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.data;
}

for (const [name, viewport] of SIZES) {
  for (const textSize of ['中', '大'] as const) {
    test(`every screen fits ${name} at text size ${textSize}`, async () => {
      test.setTimeout(180_000);
      kiosk = await launchKiosk({ demo: true, viewport, config: { mode: 'counter' } });
      const { app, page, terminalId } = kiosk;
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
      if (textSize === '大') {
        await page.getByRole('group', { name: '文字の大きさ' }).first().getByRole('button', { name: '大' }).click();
      }
      const id = async (sql: string): Promise<number> => {
        const row = await app.store.get<{ id: number }>(sql);
        if (!row) throw new Error(`no row for ${sql}`);
        return row.id;
      };
      const formId = await id('SELECT form_id AS id FROM reservation_slots WHERE booked < capacity ORDER BY starts_at LIMIT 1');
      const slotId = await id(`SELECT id FROM reservation_slots WHERE form_id = ${formId} AND booked < capacity ORDER BY starts_at LIMIT 1`);
      const categoryId = await id(`SELECT category_id AS id FROM reservation_forms WHERE id = ${formId}`);

      await visitAll(page, [
        { path: '/' },
        { path: '/city' },
        { path: `/city/categories/${categoryId}` },
        { path: `/city/forms/${formId}` },
        { path: `/city/forms/${formId}/reserve?slot=${slotId}` },
        { path: '/city/login' },
        { path: '/city/otp' },
        { path: '/city/key' },
        { path: '/city/register' },
        { path: '/city/password/login' },
        { path: '/city/password/reset' },
        { path: '/library' },
        { path: '/staff' },
        { path: '/no/such/screen' },
      ], `${name} ${textSize} anonymous`);

      // A citizen with reservations.
      await must(app.router.call(terminalId, 'citizen.otp.issue', { userKey: DEMO_CITIZEN.userKey, email: DEMO_CITIZEN.email }));
      await must(app.router.call(terminalId, 'citizen.login', { userKey: DEMO_CITIZEN.userKey, otp: await otp(kiosk) }));
      const reservationId = await id(
        `SELECT r.id FROM reservations r JOIN accounts a ON a.id = r.account_id WHERE a.login_id = '${DEMO_CITIZEN.userKey}' ORDER BY r.id LIMIT 1`,
      );
      await visitAll(page, [
        { path: '/city/reservations', ready: DEMO_CITIZEN.name },
        { path: `/city/reservations/${reservationId}/cancel` },
        { path: '/city/profile' },
        { path: '/city/logout' },
      ], `${name} ${textSize} citizen`);
      await must(app.router.call(terminalId, 'session.end', { reason: 'logout' }));

      // A patron with loans, holds, history and a shelf.
      await must(app.router.call(terminalId, 'library.login', { cardNumber: DEMO_PATRON.cardNumber, password: DEMO_PATRON.password }));
      const shelfId = await id(
        `SELECT b.id FROM bookshelves b JOIN accounts a ON a.id = b.account_id WHERE a.login_id = '${DEMO_PATRON.cardNumber}' LIMIT 1`,
      );
      await visitAll(page, [
        { path: '/library/my', ready: '坊っちゃん' },
        { path: '/library/search' },
        { path: '/library/history' },
        { path: '/library/settings' },
        { path: '/library/sdi' },
        { path: `/library/shelves/${shelfId}` },
      ], `${name} ${textSize} patron`);
      await must(app.router.call(terminalId, 'session.end', { reason: 'logout' }));

      // The administrator at the counter.
      const { admin } = DEMO_STAFF;
      await must(app.router.call(terminalId, 'staff.login', { staffId: admin.staffId, pin: admin.pin }));
      const clerkId = await id(`SELECT id FROM accounts WHERE kind = 'staff' AND login_id = '${DEMO_STAFF.clerk.staffId}'`);
      await visitAll(page, [
        { path: '/staff/menu' },
        { path: '/staff/accounts', ready: DEMO_STAFF.clerk.staffId, region: '利用者の一覧' },
        { path: '/staff/accounts/new' },
        { path: `/staff/accounts/${clerkId}` },
        { path: `/staff/accounts/${clerkId}/edit` },
        { path: '/staff/counter' },
        { path: '/staff/patrons/new' },
        { path: '/staff/phone' },
        { path: '/staff/mail' },
        { path: '/staff/audit' },
        { path: '/staff/health' },
        { path: '/staff/events' },
        { path: '/staff/events/new' },
        { path: `/staff/events/${formId}/edit` },
        { path: `/staff/events/${formId}/slots/new` },
        { path: `/staff/events/${formId}/calendar` },
        { path: `/staff/events/${formId}/attendees` },
      ], `${name} ${textSize} administrator`);
    });
  }
}
