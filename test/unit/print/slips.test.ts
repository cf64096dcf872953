// The slip pages built in main: every outside text escaped (a title cannot add an element), 令和
// dates on Japanese slips, a resident's slips in every language the kiosk speaks (easy Japanese with
// <ruby> readings), nothing secret on a reservation receipt in any of them, a strict CSP and no
// script on any page, and paper sizes in microns as Electron takes them.
import { describe, expect, it } from 'vitest';
import { type Locale, locales } from '../../../src-shared/locales';
import { formatDate, formatDateTime } from '../../../src-shared/localized-date';
import { kanjiWithoutReading } from '../../../src-shared/ruby';
import { escapeHtml, html, lines, SafeHtml, withRuby } from '../../../src-main/print/html';
import { PAPERS, pageSize } from '../../../src-main/print/paper';
import { printFailureOf } from '../../../src-main/print/print-failure';
import { SLIP_CSP } from '../../../src-main/print/slip-document';
import { slipText, staffSlipText } from '../../../src-main/print/slip-text';
import { attendeeSlip } from '../../../src-main/print/slips/attendee-slip';
import { librarySlip } from '../../../src-main/print/slips/library-slip';
import { patronSlip } from '../../../src-main/print/slips/patron-slip';
import { reservationSlip } from '../../../src-main/print/slips/reservation-slip';

const JST = (iso: string) => Date.parse(`${iso}+09:00`);
const HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>&amp;';

function reservation(overrides: Partial<Parameters<typeof reservationSlip>[0]> = {}) {
  return reservationSlip(
    {
      language: 'ja',
      systemName: '窓口e-予約システム',
      issuedAt: JST('2026-01-05T09:00:00'),
      reservations: [{ id: 42, startsAt: JST('2026-01-12T09:30:00'), dose: null }],
      event: '離乳食教室',
      venue: '保健センター 2階',
      guidance: '持ち物：母子健康手帳\nエプロン',
      cancelUntil: JST('2026-01-11T09:30:00'),
      ...overrides,
    },
    PAPERS['58mm'],
  );
}

/** The page with its one <style> element removed: what is left must be only our markup and text. */
const markupOf = (page: string) => page.replace(/<style>[\s\S]*<\/style>/, '');

describe('html escaping', () => {
  it('escapes every interpolated text and keeps markup made by html', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    const inner = html`<b>${'<i>'}</b>`;
    expect(html`<p>${inner}${['<u>', html`<br>`]}${null}${3}</p>`.markup).toBe('<p><b>&lt;i&gt;</b>&lt;u&gt;<br>3</p>');
    expect(lines('a<b>\nc').markup).toBe('a&lt;b&gt;<br>c');
  });

  it('prints a hostile title, venue, description and name as text on every slip', () => {
    const pages = [
      reservation({ event: HOSTILE, venue: HOSTILE, guidance: HOSTILE, systemName: HOSTILE }).html,
      librarySlip({ language: 'ja', systemName: HOSTILE, issuedAt: 0, id: '1', patronName: HOSTILE, items: [{ title: HOSTILE, dueDate: '2026-01-20' }], holds: [{ title: HOSTILE, pickupBranch: HOSTILE }] }, PAPERS['80mm']).html,
      patronSlip({ language: 'ja', systemName: HOSTILE, accountId: 1, cardNumber: HOSTILE, name: HOSTILE, kana: HOSTILE, pickupBranch: HOSTILE, registeredAt: 0 }, PAPERS.A4).html,
      attendeeSlip({ language: 'ja', systemName: HOSTILE, issuedAt: 0, eventId: 1, event: HOSTILE, day: '2026-01-12', attendees: [{ startsAt: 0, name: HOSTILE, userKey: HOSTILE, phone: HOSTILE, dose: null, attended: false }] }).html,
    ];
    for (const page of pages) {
      const markup = markupOf(page);
      expect(markup).not.toMatch(/<(script|img)\b/i);
      expect(markup).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
      expect(markup).toContain('&amp;amp;');
      expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="${escapeHtml(SLIP_CSP)}">`);
    }
    expect(SLIP_CSP).toContain("default-src 'none'");
    expect(SLIP_CSP).not.toMatch(/script-src/);
  });
});

describe('the reservation receipt', () => {
  it('says what, where and when in 令和, what to bring and how to cancel — and no key or password', () => {
    const page = reservation().html;
    expect(page).toContain('<html lang="ja">');
    expect(page).toContain('予約の控え');
    expect(page).toContain('離乳食教室');
    expect(page).toContain('保健センター 2階');
    expect(page).toContain('令和8年1月12日(月曜日) 9時30分');
    expect(page).toContain('持ち物：母子健康手帳<br>エプロン');
    expect(page).toContain('取り消しは 令和8年1月11日(日曜日) 9時30分 までです。');
    expect(page).toContain('「予約一覧」の「キャンセル」');
    // The receipt's data has no field for a key or a code; the page says none is printed.
    expect(page).toContain('この控えには利用者キーやパスワードは印刷していません。');
  });

  it('prints both doses of a series, and sends a dose-2 receipt to the counter for cancelling', () => {
    const series = reservation({ reservations: [{ id: 7, startsAt: JST('2026-02-02T10:00:00'), dose: 1 }, { id: 8, startsAt: JST('2026-02-23T10:00:00'), dose: 2 }] });
    expect(series.html).toContain('令和8年2月2日(月曜日) 10時00分（1回目）');
    expect(series.html).toContain('令和8年2月23日(月曜日) 10時00分（2回目）');
    expect(series.id).toBe('7');
    expect(reservation({ cancelUntil: null }).html).toContain('端末からは取り消せません');
  });

  it('is in English for English, with the date and time in Japan time', () => {
    const page = reservation({ language: 'en' }).html;
    expect(page).toContain('<html lang="en">');
    expect(page).toContain(`${formatDateTime(JST('2026-01-12T09:30:00'), 'en')} (Japan time)`);
    expect(page).not.toContain('令和');
  });
});

// ---- every resident slip in every language --------------------------------------------------

const FACTS = ['窓口e-予約システム', '離乳食教室', '保健センター 2階', '持ち物：母子健康手帳', '窓口 さくら', 'マドグチ サクラ', '銀河鉄道の夜', '風の又三郎', 'ぐりとぐら', '東部', '中央'];
const SECRETS = { userKey: 'k7m2p9q4', otp: 'X3F9K2PQ', oneTimePassword: 'X3F9K2PQ', password: 'Pw-0808-secret' };

/** Each resident slip in one language, in every variant (open or closed cancelling, lists empty or not). */
function residentPages(language: Locale): Record<string, string> {
  const issuedAt = JST('2026-01-05T09:00:00');
  const system = '窓口e-予約システム';
  return {
    reservation: reservation({ language, guidance: '持ち物：母子健康手帳' }).html,
    series: reservation({ language, cancelUntil: null, reservations: [{ id: 7, startsAt: JST('2026-02-02T10:00:00'), dose: 1 }, { id: 8, startsAt: JST('2026-02-23T10:00:00'), dose: 2 }] }).html,
    library: librarySlip(
      {
        language, systemName: system, issuedAt, id: '3', patronName: '窓口 さくら',
        items: [{ title: 'ぐりとぐら', dueDate: '2026-01-19' }],
        holds: [
          { title: '銀河鉄道の夜', pickupBranch: '東部', ready: true, readyUntil: '2026-01-10' },
          { title: '風の又三郎', pickupBranch: '中央', ready: false, queuePosition: 2 },
          { title: 'ぐりとぐら', pickupBranch: '中央', ready: false, queuePosition: null },
          { title: '銀河鉄道の夜', pickupBranch: '東部', ready: true, readyUntil: null },
        ],
      },
      PAPERS['80mm'],
    ).html,
    emptyLibrary: librarySlip({ language, systemName: system, issuedAt, id: '4', items: [], holds: [] }, PAPERS['58mm']).html,
    patron: patronSlip({ language, systemName: system, accountId: 9, cardNumber: '2000000123451', name: '窓口 さくら', kana: 'マドグチ サクラ', pickupBranch: '東部', registeredAt: issuedAt }, PAPERS['80mm']).html,
  };
}

/** What the page says: its body's text, tags and the style sheet left out, <rt> readings dropped. */
const textOf = (page: string) =>
  markupOf(page)
    .replace(/<rt>[^<]*<\/rt>/g, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The slip's own words: what is left once the facts it was given are taken out. */
const ownWords = (text: string) => FACTS.reduce((rest, fact) => rest.replaceAll(fact, ' '), text);

describe('a resident slip in every language', () => {
  const japanese = residentPages('ja');

  for (const locale of locales) {
    it(`${locale}: prints its own words, dates and lang, with no hole and no notation left`, () => {
      const pages = residentPages(locale);
      for (const [name, page] of Object.entries(pages)) {
        expect(page, `${locale} ${name}`).toContain(`<html lang="${slipText(locale).htmlLang}">`);
        expect(markupOf(page), `${locale} ${name}`).not.toMatch(/undefined|null|NaN|\[object |\$\{|[｜《》]/);
        if (locale !== 'ja') expect(textOf(page), `${locale} ${name} is not the Japanese`).not.toBe(textOf(japanese[name] as string));
        if (locale !== 'en' && locale !== 'ja') expect(textOf(page), `${locale} ${name} is not the English`).not.toBe(textOf(residentPages('en')[name] as string));
      }
      // The facts are printed as given; the dates are the language's own.
      expect(textOf(pages.reservation as string)).toContain('離乳食教室');
      expect(textOf(pages.library as string)).toContain('ぐりとぐら');
      expect(textOf(pages.patron as string)).toContain('2000000123451');
      const printed = (text: string) => textOf(withRuby(html`${text}`).markup);
      expect(textOf(pages.reservation as string)).toContain(printed(formatDateTime(JST('2026-01-12T09:30:00'), locale)));
      expect(textOf(pages.patron as string)).toContain(printed(formatDate(JST('2026-01-05T09:00:00'), locale)));
    });
  }

  it('words every text of every language differently from the Japanese', () => {
    const leaves = (text: ReturnType<typeof slipText>) => {
      const out: string[] = [];
      const walk = (value: unknown) => {
        if (typeof value === 'string') out.push(value);
        else if (typeof value === 'function') out.push(String((value as (...args: unknown[]) => unknown)('X')), String((value as (...args: unknown[]) => unknown)(null)));
        else if (value && typeof value === 'object') for (const v of Object.values(value)) walk(v);
      };
      const { htmlLang: _lang, dateTime: _dateTime, date: _date, ...words } = text;
      walk(words);
      return out;
    };
    const ja = leaves(slipText('ja'));
    for (const locale of locales.filter((l) => l !== 'ja')) {
      const own = leaves(slipText(locale));
      expect(own.length).toBe(ja.length);
      const same = own.filter((text, i) => text === ja[i]);
      expect(same, locale).toEqual([]);
    }
  });

  it('gives easy Japanese a reading for every kanji of its own words, as <ruby>', () => {
    for (const [name, page] of Object.entries(residentPages('easy'))) {
      const markup = markupOf(page);
      expect(markup, name).toContain('<ruby>');
      // Take out every ruby base with its reading, then the facts: no kanji may be left.
      const withoutRuby = markup.replace(/<ruby>[^<]*<rt>[^<]*<\/rt><\/ruby>/g, '').replace(/<[^>]*>/g, ' ');
      expect(kanjiWithoutReading(ownWords(withoutRuby)), name).toEqual([]);
      // The same check finds the kanji of the Japanese slip, so it is not passing by accident.
      expect(kanjiWithoutReading(ownWords(markupOf(residentPages('ja')[name] as string).replace(/<[^>]*>/g, ' '))), name).not.toEqual([]);
    }
    const page = residentPages('easy').reservation as string;
    expect(page).toContain('<ruby>予約<rt>よやく</rt></ruby>');
    // Dates carry their readings too, and the page title gives the reading alone.
    expect(page).toContain('<ruby>令和<rt>れいわ</rt></ruby>8<ruby>年<rt>ねん</rt></ruby>');
    expect(page).toContain('<title>よやくの ひかえ</title>');
  });

  it('never prints a 利用者キー or a one-time password on a reservation receipt, in any language', () => {
    for (const locale of locales) {
      for (const cancelUntil of [JST('2026-01-11T09:30:00'), null]) {
        // Even handed a key and a code the type has no room for, the receipt prints neither.
        const page = reservation({ language: locale, cancelUntil, ...(SECRETS as object) }).html;
        for (const secret of Object.values(SECRETS)) expect(page, `${locale}`).not.toContain(secret);
        expect(page).not.toMatch(/k7m2p9q4|X3F9K2PQ/);
      }
    }
  });
});

describe('ruby on paper', () => {
  it('turns the notation into <ruby> after escaping, and leaves tags and plain text alone', () => {
    expect(withRuby(html`<p>${'｜漢字《かんじ》と <b>'}</p>`).markup).toBe('<p><ruby>漢字<rt>かんじ</rt></ruby>と &lt;b&gt;</p>');
    // A base or a reading typed as markup stays text.
    expect(withRuby(html`<p>${'｜<img src=x>《<script>》'}</p>`).markup).toBe('<p><ruby>&lt;img src=x&gt;<rt>&lt;script&gt;</rt></ruby></p>');
    const plain = html`<p>${'no notation'}</p>`;
    expect(withRuby(plain)).toBe(plain);
    expect(withRuby(new SafeHtml('<p title="｜a《b》">x</p>')).markup).toBe('<p title="｜a《b》">x</p>');
  });
});

describe('the staff slip', () => {
  it('prints the attendee list in English for English and in Japanese for any other language', () => {
    expect(staffSlipText('en').attendees.time).toBe('Time');
    for (const locale of locales.filter((l) => l !== 'en')) expect(staffSlipText(locale)).toBe(staffSlipText('ja'));
    const data = { systemName: '市役所', issuedAt: 0, eventId: 5, event: '健康相談', day: '2026-01-12', attendees: [] };
    expect(attendeeSlip({ ...data, language: 'vi' }).html).toContain('参加者一覧　健康相談　令和8年1月12日(月曜日)');
    expect(attendeeSlip({ ...data, language: 'en' }).html).toContain(`Attendees — 健康相談 — ${formatDate(JST('2026-01-12T12:00:00'), 'en')}`);
  });
});

describe('the other slips', () => {
  it('lists loans with 令和 due dates and holds with their pickup branch', () => {
    const page = librarySlip(
      {
        language: 'ja', systemName: '市立図書館', issuedAt: JST('2026-01-05T09:00:00'), id: '3',
        items: [{ title: 'とても長い書名'.repeat(12), dueDate: '2026-01-19' }],
        holds: [{ title: '銀河鉄道の夜', pickupBranch: '東部', ready: true, readyUntil: '2026-01-10' }, { title: '風の又三郎', pickupBranch: '中央', ready: false, queuePosition: 2 }],
      },
      PAPERS['58mm'],
    ).html;
    expect(page).toContain('返却期限 令和8年1月19日(月曜日)');
    expect(page).toContain('受取館 東部');
    expect(page).toContain('ご用意できました（令和8年1月10日(土曜日)までにお受け取りください）');
    expect(page).toContain('順番待ち（2番目）');
    expect(page).not.toContain('お名前');
    // Long titles wrap inside the 48 mm the 58 mm head prints; nothing is cut.
    expect(page).toContain('width: 48mm');
    expect(page).toContain('overflow-wrap: anywhere');
  });

  it('gives the patron slip the card number and the password rule, never a password', () => {
    const page = patronSlip({ language: 'ja', systemName: '市立図書館', accountId: 9, cardNumber: '2000000123451', name: '窓口 さくら', kana: 'マドグチ サクラ', pickupBranch: '東部', registeredAt: JST('2026-01-05T09:00:00') }, PAPERS['80mm']);
    expect(page.kind).toBe('patron');
    expect(page.html).toContain('2000000123451');
    expect(page.html).toContain('令和8年1月5日(月曜日)');
    expect(page.html).toContain('お誕生日の月日4桁');
  });

  it('always lays the attendee list out on A4 with a header that repeats', () => {
    const slip = attendeeSlip({ language: 'ja', systemName: '市役所', issuedAt: 0, eventId: 5, event: '健康相談', day: '2026-01-12', attendees: [{ startsAt: JST('2026-01-12T09:30:00'), name: '市民 花子', userKey: 'K1', phone: null, dose: 1, attended: true }] });
    expect(slip.paper.name).toBe('A4');
    expect(slip.id).toBe('5-2026-01-12');
    expect(slip.html).toContain('参加者一覧　健康相談　令和8年1月12日(月曜日)');
    expect(slip.html).toContain('<td>09:30</td>');
    expect(slip.html).toContain('thead { display: table-header-group; }');
  });
});

describe('paper sizes', () => {
  it('gives Electron microns: a roll as long as the slip, A4 as A4', () => {
    expect(pageSize(PAPERS['58mm'], 0).widthMicrons).toBe(58_000);
    expect(pageSize(PAPERS['80mm'], 0).widthMicrons).toBe(80_000);
    expect(pageSize(PAPERS.A4, 5000)).toEqual({ widthMicrons: 210_000, heightMicrons: 297_000 });
    // 960 CSS px = 10 inches = 254 mm, plus 3 + 6 mm margins and 2 mm of slack.
    expect(pageSize(PAPERS['58mm'], 960).heightMicrons).toBe(265_000);
    expect(pageSize(PAPERS['58mm'], 0).heightMicrons).toBe(11_000);
  });
});

describe("Electron's failure reasons", () => {
  it('maps each to a reason the screen words', () => {
    expect(printFailureOf('Print job canceled')).toBe('cancelled');
    expect(printFailureOf('Print job failed')).toBe('failed');
    expect(printFailureOf('Invalid printer settings')).toBe('invalid_settings');
    expect(printFailureOf('Invalid deviceName provided')).toBe('invalid_settings');
    expect(printFailureOf('Printer is offline')).toBe('offline');
    expect(printFailureOf('Out of paper')).toBe('out_of_paper');
    expect(printFailureOf('')).toBe('failed');
    expect(printFailureOf(undefined)).toBe('failed');
  });
});
