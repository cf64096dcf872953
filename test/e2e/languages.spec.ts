// Every resident screen in every language (issue 17), at a portrait kiosk (1080×1920) and a landscape
// one (1920×1080): the language is picked on the home screen as a resident would; then on each
// screen the document says its language (`lang`), no message key or ruby notation shows instead of
// text, nothing is cut off inside its box, nothing widens the page (Portuguese, Vietnamese and
// Indonesian run long), and easy Japanese shows its readings as <ruby>. Each language gets an
// accessibility scan of the screens with the most text.
import { expect, type Page, test } from '@playwright/test';
import { DEMO_CITIZEN } from '../../src-main/citizen';
import { DEMO_PATRON } from '../../src-main/library/demo-patrons';
import { type Locale, localeInfo, locales } from '../../src-shared/locales';
import { type Kiosk, LANDSCAPE, launchKiosk, PORTRAIT } from './harness';
import { expectAccessible } from './support/accessibility';

let kiosk: Kiosk | undefined;

test.afterEach(async () => {
  await kiosk?.close();
  kiosk = undefined;
});

// Runs in the page; a string because the test tsconfig has no DOM types.
const INSPECT = `(() => {
  const doc = document.documentElement;
  const text = document.body.innerText;
  const spoken = [...document.querySelectorAll('[aria-label], [placeholder], [title], [alt]')]
    .flatMap((el) => ['aria-label', 'placeholder', 'title', 'alt'].map((name) => el.getAttribute(name) || ''))
    .join(' ');
  const rawKeys = [...text.matchAll(/\\b(?:common|city|library|identity|address|home|nav|errors|fieldErrors|app|idle|keyboard)\\.[A-Za-z]+(?:\\.[A-Za-z]+)+\\b/g)].map((m) => m[0]);
  const cut = [];
  for (const el of document.querySelectorAll('body *')) {
    // Text for screen readers only is clipped to one pixel on purpose.
    if (el.clientWidth <= 1 || el.classList.contains('visually-hidden')) continue;
    const style = getComputedStyle(el);
    if ((style.overflowX === 'hidden' || style.overflowX === 'clip') && el.scrollWidth > el.clientWidth + 1 && el.textContent.trim() && cut.length < 5) {
      cut.push(el.tagName.toLowerCase() + '.' + (el.getAttribute('class') || '').split(' ').join('.'));
    }
  }
  return {
    lang: doc.lang,
    sideways: doc.scrollWidth > doc.clientWidth,
    notation: /[｜《》]/.test(text) || /[｜《》]/.test(spoken),
    rawKeys: rawKeys.slice(0, 5),
    cut,
    ruby: document.querySelectorAll('ruby rt').length,
  };
})()`;

interface Inspection {
  lang: string;
  sideways: boolean;
  notation: boolean;
  rawKeys: string[];
  cut: string[];
  ruby: number;
}

async function otp(k: Kiosk): Promise<string> {
  const mail = await k.mailbox.waitFor({ to: DEMO_CITIZEN.email });
  // In every language the code stands alone after a colon at the end of its line.
  const code = /[:：]\s*([A-Za-z0-9]{8})\s*$/m.exec(mail.text)?.[1];
  if (!code) throw new Error('no one-time password in the mail');
  return code;
}

async function must<T>(answer: Promise<{ ok: true; data: T } | { ok: false; error: unknown }>): Promise<T> {
  const result = await answer;
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.data;
}

async function check(page: Page, locale: Locale, where: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 }).first(), where).toBeVisible();
  const seen = (await page.evaluate(INSPECT)) as Inspection;
  expect(seen.lang, `${where}: <html lang>`).toBe(localeInfo[locale].htmlLang);
  expect(seen.rawKeys, `${where}: message keys on screen`).toEqual([]);
  expect(seen.notation, `${where}: ruby notation on screen`).toBe(false);
  expect(seen.cut, `${where}: text cut off in its box`).toEqual([]);
  expect(seen.sideways, `${where}: scrolls sideways`).toBe(false);
  if (locale === 'easy') expect(seen.ruby, `${where}: readings shown as <ruby>`).toBeGreaterThan(0);
}

for (const locale of locales) {
  test(`every resident screen in ${localeInfo[locale].nativeName} (${locale})`, async () => {
    test.setTimeout(240_000);
    kiosk = await launchKiosk({ demo: true, viewport: PORTRAIT });
    const { app, page, terminalId } = kiosk;
    const id = async (sql: string): Promise<number> => {
      const row = await app.store.get<{ id: number }>(sql);
      if (!row) throw new Error(`no row for ${sql}`);
      return row.id;
    };
    const formId = await id('SELECT form_id AS id FROM reservation_slots WHERE booked < capacity ORDER BY starts_at LIMIT 1');
    const slotId = await id(`SELECT id FROM reservation_slots WHERE form_id = ${formId} AND booked < capacity ORDER BY starts_at LIMIT 1`);
    const categoryId = await id(`SELECT category_id AS id FROM reservation_forms WHERE id = ${formId}`);

    // Chosen as a resident does: the language named in its own script on the home screen.
    await page.getByRole('button', { name: localeInfo[locale].nativeName, exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', localeInfo[locale].htmlLang);

    const visit = async (paths: string[], who: string): Promise<void> => {
      for (const viewport of [PORTRAIT, LANDSCAPE]) {
        await page.setViewportSize(viewport);
        for (const path of paths) {
          await page.evaluate(`window.location.hash = ${JSON.stringify(`#${path}`)}`);
          await check(page, locale, `${locale} ${viewport.width}×${viewport.height} ${who} ${path}`);
        }
      }
    };

    await visit(
      [
        '/city',
        `/city/categories/${categoryId}`,
        `/city/forms/${formId}`,
        `/city/forms/${formId}/reserve?slot=${slotId}`,
        '/city/login',
        '/city/otp',
        '/city/key',
        '/city/register',
        '/city/password/login',
        '/city/password/reset',
        '/library',
        '/no/such/screen',
      ],
      'anonymous',
    );
    await page.evaluate(`window.location.hash = ${JSON.stringify(`#/city/forms/${formId}/reserve?slot=${slotId}`)}`);
    await expectAccessible(page, `${locale} reservation form`);

    // A citizen with reservations: mails go out in the language the screen is in.
    await must(app.router.call(terminalId, 'citizen.otp.issue', { userKey: DEMO_CITIZEN.userKey, email: DEMO_CITIZEN.email, locale }));
    await must(app.router.call(terminalId, 'citizen.login', { userKey: DEMO_CITIZEN.userKey, otp: await otp(kiosk) }));
    const reservationId = await id(
      `SELECT r.id FROM reservations r JOIN accounts a ON a.id = r.account_id WHERE a.login_id = '${DEMO_CITIZEN.userKey}' ORDER BY r.id LIMIT 1`,
    );
    await visit(['/city/reservations', `/city/reservations/${reservationId}/cancel`, '/city/profile'], 'citizen');
    await page.evaluate(`window.location.hash = '#/city/reservations'`);
    await expectAccessible(page, `${locale} reservations`);
    await must(app.router.call(terminalId, 'session.end', { reason: 'logout' }));

    // A patron with loans, holds, history and a shelf.
    await must(app.router.call(terminalId, 'library.login', { cardNumber: DEMO_PATRON.cardNumber, password: DEMO_PATRON.password }));
    const shelfId = await id(
      `SELECT b.id FROM bookshelves b JOIN accounts a ON a.id = b.account_id WHERE a.login_id = '${DEMO_PATRON.cardNumber}' LIMIT 1`,
    );
    await visit(['/library/my', '/library/search', '/library/history', '/library/settings', '/library/sdi', `/library/shelves/${shelfId}`], 'patron');
    await page.evaluate(`window.location.hash = '#/library/settings'`);
    await expectAccessible(page, `${locale} library settings`);
  });
}

test('the OTP mail comes in the language of the screen it was asked from', async () => {
  kiosk = await launchKiosk({ demo: true, viewport: PORTRAIT });
  const { app, terminalId } = kiosk;
  await must(app.router.call(terminalId, 'citizen.otp.issue', { userKey: DEMO_CITIZEN.userKey, email: DEMO_CITIZEN.email, locale: 'vi' }));
  const mail = await kiosk.mailbox.waitFor({ to: DEMO_CITIZEN.email });
  expect(mail.text).toContain('mật khẩu một lần');
  expect(mail.text).not.toContain('ワンタイムパスワードのご案内');
});

test('the header\'s language button switches a deep screen, and the next person starts in Japanese again', async () => {
  kiosk = await launchKiosk({ demo: true, viewport: PORTRAIT });
  const { page } = kiosk;
  await page.getByRole('link', { name: /市役所の予約/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('市役所の予約');
  await page.getByRole('button', { name: '言語: 日本語' }).click();
  const list = page.getByRole('dialog', { name: /言語/ });
  // Every language is offered, each named in its own script.
  for (const locale of locales) await expect(list.getByRole('button', { name: localeInfo[locale].nativeName, exact: true })).toBeVisible();
  await list.getByRole('button', { name: 'Tiếng Việt', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đặt lịch tại Tòa thị chính (市役所)');
  await expectAccessible(page, 'city home in Vietnamese');
  // はじめにもどる ends the visit: the terminal is reset for the next person, in Japanese.
  await page.getByRole('button', { name: /Về trang đầu/ }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
});
