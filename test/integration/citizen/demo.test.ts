// The demo data of `npm start`: the seeds' three categories with upcoming slots and a demo
// citizen who can log in with the documented key and address. The events and slots come from the
// sample file resources/demo/events.json through the event desk, as staff enter theirs, with
// their texts in every language.
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_CITIZEN } from '../../../src-main/citizen';
import { FakeClock } from '../../../src-main/clock';
import { locales } from '../../../src-shared/locales';
import { kanjiWithoutReading } from '../../../src-shared/ruby';
import { type TempApp, tempApp } from '../../fixtures/temp-app';

let env: TempApp;
afterEach(async () => {
  await env.close();
});

describe('citizen demo data', () => {
  it('has the three categories, bookable forms with future slots, a full slot and the demo citizen', async () => {
    env = await tempApp({ demoData: true });
    const call = env.app.router.call.bind(env.app.router);
    const categories = await call('t', 'city.categories', {});
    if (!categories.ok) throw new Error('categories failed');
    expect(categories.data.map((c) => c.title.ja)).toEqual(['新型コロナウイルスワクチン接種', '相談・教室', '確定申告相談']);

    for (const category of categories.data) {
      const forms = await call('t', 'city.forms', { categoryId: category.id });
      if (!forms.ok) throw new Error('forms failed');
      expect(forms.data.forms.length).toBeGreaterThan(0);
      for (const summary of forms.data.forms) {
        const form = await call('t', 'city.form', { formId: summary.id });
        if (!form.ok) throw new Error('form failed');
        expect(form.data.bookable).toBe(true);
        expect(form.data.slots.length).toBeGreaterThan(0);
        expect(form.data.slots.every((s) => s.startsAt > env.clock.now())).toBe(true);
      }
    }

    const account = await env.app.services.accounts.findByLogin('citizen', DEMO_CITIZEN.userKey);
    expect(account?.displayName).toBe(DEMO_CITIZEN.name);
    expect((await env.app.services.citizen.profiles.holdersOf(DEMO_CITIZEN.email)).map((h) => h.userKey)).toEqual([DEMO_CITIZEN.userKey]);
    expect(await env.app.services.citizen.reservations.list(account?.id ?? 0)).toHaveLength(2);
    const full = await env.app.store.get<{ n: number }>('SELECT count(*) AS n FROM reservation_slots WHERE booked = capacity');
    expect(full?.n).toBe(1);
  });

  it('enters the sample file through the event desk, keeping the forms, their slots and their texts in every language', async () => {
    env = await tempApp({ demoData: true });
    const call = env.app.router.call.bind(env.app.router);
    const { store } = env.app;

    // Saved and generated as staff do: one audit row per event and per generation.
    const audited = await store.all<{ action: string; n: number }>(
      "SELECT action, count(*) AS n FROM audit_log WHERE action LIKE 'event.%' GROUP BY action ORDER BY action",
    );
    expect(audited.map((r) => [r.action, Number(r.n)])).toEqual([
      ['event.create', 4],
      ['event.slots.generate', 5],
    ]);

    const forms = await store.all<{ id: number; title: string; series: number; dose: number | null; audience: string; closes: number }>(
      `SELECT id, title_ja AS title, series, dose_interval_days AS dose, audience, closes_at AS closes FROM reservation_forms ORDER BY id`,
    );
    const lastYearReiwa = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', timeZone: 'Asia/Tokyo' }).format(
      env.clock.now() - 365 * 86_400_000,
    );
    expect(forms.map((f) => [f.id, f.title, f.series, f.dose, f.audience])).toEqual([
      [1, '新型コロナウイルスワクチン 集団接種(1回目・2回目)', 1, 21, 'anyone'],
      [2, '子育て相談(個別)', 0, null, 'residents'],
      [3, '料理教室「旬の野菜でつくる一汁三菜」', 0, null, 'anyone'],
      [4, `${lastYearReiwa}分 確定申告相談会`, 0, null, 'residents'],
    ]);

    // Capacities per event, and the cooking class on exactly two days.
    const slots = await store.all<{ form: number; capacity: number; n: number }>(
      'SELECT form_id AS form, capacity, count(*) AS n FROM reservation_slots GROUP BY form_id, capacity ORDER BY form_id',
    );
    expect(slots.map((s) => [s.form, s.capacity])).toEqual([
      [1, 20],
      [2, 1],
      [3, 12],
      [4, 3],
    ]);
    expect(Number(slots[2]?.n)).toBe(2);
    // No slot on a national holiday: 2026-01-12 is 成人の日 (the clock's today is 2026-01-05).
    const onHoliday = await store.get<{ n: number }>('SELECT count(*) AS n FROM reservation_slots WHERE starts_at >= ? AND starts_at < ?', [
      Date.parse('2026-01-11T15:00:00Z'),
      Date.parse('2026-01-12T15:00:00Z'),
    ]);
    expect(Number(onHoliday?.n)).toBe(0);

    const categories = await call('t', 'city.categories', {});
    if (!categories.ok) throw new Error('categories failed');
    for (const category of categories.data) {
      for (const locale of locales) expect(category.title[locale], `${category.title.ja} in ${locale}`).toBeTruthy();
      expect(kanjiWithoutReading(category.title.easy ?? '')).toEqual([]);
      const answer = await call('t', 'city.forms', { categoryId: category.id });
      if (!answer.ok) throw new Error('forms failed');
      for (const summary of answer.data.forms) {
        for (const locale of locales) expect(summary.title[locale], `${summary.title.ja} in ${locale}`).toBeTruthy();
        const form = await call('t', 'city.form', { formId: summary.id });
        if (!form.ok) throw new Error('form failed');
        for (const text of [form.data.title, form.data.venue, form.data.description]) {
          for (const locale of locales) expect(text[locale], `${text.ja} in ${locale}`).toBeTruthy();
          expect(kanjiWithoutReading(text.easy ?? ''), text.easy).toEqual([]);
        }
      }
    }
    const classes = await call('t', 'city.forms', { categoryId: categories.data[1]?.id ?? 0 });
    if (!classes.ok) throw new Error('forms failed');
    expect(classes.data.forms.map((f) => f.title.vi)).toEqual(['Tư vấn nuôi dạy con (riêng từng người)', 'Lớp nấu ăn: bữa cơm rau theo mùa']);
    const tax = await call('t', 'city.forms', { categoryId: categories.data[2]?.id ?? 0 });
    if (!tax.ok) throw new Error('forms failed');
    expect(tax.data.forms[0]?.title.en).toBe(`Tax return consultation for ${new Date(env.clock.now()).getUTCFullYear() - 1}`);

    // What to bring, in the confirmation mail's note, for the vaccination and the cooking class.
    const notes = await store.all<{ note: string; tr: string }>('SELECT mail_note_ja AS note, mail_note_tr AS tr FROM reservation_forms ORDER BY id');
    expect(notes.map((n) => n.note !== '')).toEqual([true, false, true, false]);
    for (const n of [notes[0], notes[2]]) {
      const tr = JSON.parse(n?.tr ?? '{}') as Record<string, string>;
      expect(Object.keys(tr).sort()).toEqual(locales.filter((l) => l !== 'ja').sort());
      expect(kanjiWithoutReading(tr.easy ?? '')).toEqual([]);
    }
  });

  it('moves a day of the file that falls on a holiday or a closed day to the next open day', async () => {
    // 2026-12-21: the cooking class's +8 is 12/29, a closed day to 1/3, and +15 is 1/5.
    env = await tempApp({ demoData: true }, { clock: new FakeClock(Date.parse('2026-12-21T00:00:00Z')) });
    const days = await env.app.store.all<{ startsAt: number }>('SELECT starts_at AS "startsAt" FROM reservation_slots WHERE form_id = 3 ORDER BY starts_at');
    expect(days.map((d) => new Date(d.startsAt + 9 * 3_600_000).toISOString().slice(0, 16))).toEqual(['2027-01-04T10:00', '2027-01-05T10:00']);
  });
});
