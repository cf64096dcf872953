// Browsing and reserving through the router: remaining places, a first reservation without login
// (new 利用者キー mailed in the same transaction), capacity under a race, vaccination series.
import { describe, expect, it, vi } from 'vitest';
import { USER_KEY_PATTERN } from '../../../src-shared/fields';
import { envPerTest } from '../../fixtures/env-per-test';
import { applicant, type CitizenEnv, DAY, loggedInCitizen, openCitizenEnv, reserveAsGuest } from './citizen-env';

let env: CitizenEnv;

envPerTest(openCitizenEnv, (opened) => {
  env = opened;
});

const count = async (sql: string, params: (string | number)[] = []) => (await env.app.store.get<{ n: number }>(sql, params))?.n;

describe('browsing', () => {
  it('lists categories, forms and each slot with its remaining places', async () => {
    const categories = await env.ok('t1', 'city.categories', {});
    expect(categories).toEqual([{ id: env.catalogue.categoryId, title: { ja: '確定申告相談', en: 'Tax return consultation' }, formCount: 2 }]);

    const { forms } = await env.ok('t1', 'city.forms', { categoryId: env.catalogue.categoryId });
    expect(forms.map((f) => [f.title.ja, f.series, f.bookable])).toEqual([
      ['令和7年分 確定申告相談会', false, true],
      ['ワクチン集団接種', true, true],
    ]);
    // No English entered: the Japanese text stands in.
    expect(forms[0]?.venue).toEqual({ ja: '市役所 大会議室' });

    await env.ok('t1', 'city.reserve', { ...applicant, slotId: env.catalogue.slots.roomy });
    const form = await env.ok('t1', 'city.form', { formId: env.catalogue.formId });
    expect(form.series).toBeNull();
    expect(form.slots.map((s) => [s.id, s.capacity, s.remaining])).toEqual([
      [env.catalogue.slots.roomy, 2, 1],
      [env.catalogue.slots.last, 1, 1],
      [env.catalogue.slots.wide, 5, 5],
    ]);
    const series = await env.ok('t1', 'city.form', { formId: env.catalogue.seriesFormId });
    expect(series.series).toEqual({ minDays: 21 });
  });

  it('answers not_found for a category or form that does not exist', async () => {
    expect(await env.call('t1', 'city.forms', { categoryId: 999 })).toEqual({ ok: false, error: { code: 'not_found' } });
    expect(await env.call('t1', 'city.form', { formId: 999 })).toEqual({ ok: false, error: { code: 'not_found' } });
  });
});

describe('a first reservation without login', () => {
  it('creates a citizen with a new 利用者キー and mails it, normalising the phone number', async () => {
    const receipt = await env.ok('t1', 'city.reserve', { ...applicant, slotId: env.catalogue.slots.roomy });
    expect(receipt.mailed).toBe(true);
    expect(receipt.reservations).toHaveLength(1);
    expect(receipt.reservations[0]).toMatchObject({ attendee: '申告 太郎', startsAt: Date.UTC(2026, 0, 7, 4, 30), dose: null });

    const mail = await env.mail(applicant.email, '予約を受け付けました');
    expect(mail.subject).toBe('【窓口e-予約システム】予約を受け付けました');
    expect(mail.text).toContain('申告 太郎 様');
    expect(mail.text).toContain('令和7年分 確定申告相談会');
    expect(mail.text).toContain('令和8年1月7日(水曜日) 13時30分');
    const key = /利用者キー：(\S+)/.exec(mail.text)?.[1] ?? '';
    expect(key).toMatch(USER_KEY_PATTERN);

    const account = await env.app.services.accounts.findByLogin('citizen', key);
    expect(account?.displayName).toBe('申告 太郎');
    const profile = await env.app.services.citizen.profiles.get(account?.id ?? 0);
    expect(profile).toMatchObject({ phone: '0766516600', email: 'taro@example.jp', postalCode: '9390294', address: '窓口市本町1-2-3' });
    expect((await env.app.services.audit.list({ action: 'citizen.register' }))[0]?.target).toBe(`citizen:${key}`);
  });

  it('gives every reservation its own key', async () => {
    const a = await reserveAsGuest(env, 'a@example.jp');
    const b = await reserveAsGuest(env, 'b@example.jp');
    expect(a).not.toBe(b);
  });

  it('accepts a reservation without a mail address, and sends no mail', async () => {
    const receipt = await env.ok('t1', 'city.reserve', { name: '窓口 一郎', phone: '09012345678', email: '', slotId: env.catalogue.slots.roomy });
    expect(receipt.mailed).toBe(false);
    expect(await count('SELECT count(*) AS n FROM outbox')).toBe(0);
    expect(await count('SELECT count(*) AS n FROM reservations')).toBe(1);
  });

  it('refuses bad input per field and writes nothing', async () => {
    const result = await env.call('t1', 'city.reserve', { name: ' ', phone: '12-34', email: 'not-an-address', slotId: env.catalogue.slots.roomy });
    expect(result).toEqual({ ok: false, error: { code: 'invalid_input', fields: { name: 'required', phone: 'format', email: 'format' } } });
    expect(await count('SELECT count(*) AS n FROM accounts')).toBe(0);
  });

  it('refuses a slot outside the booking window or already started', async () => {
    env.clock.advance(3 * DAY);
    expect(await env.call('t1', 'city.reserve', { ...applicant, slotId: env.catalogue.slots.roomy })).toEqual({ ok: false, error: { code: 'not_allowed' } });
    env.clock.advance(60 * DAY);
    expect(await env.call('t1', 'city.reserve', { ...applicant, slotId: env.catalogue.series.dose2 })).toEqual({ ok: false, error: { code: 'not_allowed' } });
    expect(await count('SELECT count(*) AS n FROM accounts')).toBe(0);
  });
});

describe('capacity', () => {
  it('lets exactly one of two terminals racing for the last place win; the other sees 満員 and nothing half-written', async () => {
    const slotId = env.catalogue.slots.last;
    const [a, b] = await Promise.all([
      env.call('kiosk-a', 'city.reserve', { ...applicant, email: 'a@example.jp', slotId }),
      env.call('kiosk-b', 'city.reserve', { ...applicant, email: 'b@example.jp', slotId }),
    ]);
    const results = [a, b];
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.error)).toEqual([{ code: 'full' }]);

    // One account, one reservation, one mail, the slot exactly full.
    expect(await count('SELECT count(*) AS n FROM accounts')).toBe(1);
    expect(await count('SELECT count(*) AS n FROM citizen_profiles')).toBe(1);
    expect(await count('SELECT count(*) AS n FROM reservations')).toBe(1);
    expect(await count('SELECT count(*) AS n FROM outbox')).toBe(1);
    expect(await count('SELECT booked AS n FROM reservation_slots WHERE id = ?', [slotId])).toBe(1);
    const form = await env.ok('t1', 'city.form', { formId: env.catalogue.formId });
    expect(form.slots.find((s) => s.id === slotId)?.remaining).toBe(0);
  });

  it('never books past capacity under many concurrent requests: 12 terminals, 5 places, 5 bookings and 7 満員', async () => {
    const slotId = env.catalogue.slots.wide;
    // Counts the bookings under way at once, to prove the 12 calls really overlap rather than
    // running one after the other.
    const { reservations } = env.app.services.citizen;
    const book = reservations.reserveForCaller.bind(reservations);
    let underWay = 0;
    let mostAtOnce = 0;
    vi.spyOn(reservations, 'reserveForCaller').mockImplementation(async (...args) => {
      mostAtOnce = Math.max(mostAtOnce, ++underWay);
      try {
        return await book(...args);
      } finally {
        underWay--;
      }
    });
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => env.call(`kiosk-${i}`, 'city.reserve', { ...applicant, email: `p${i}@example.jp`, slotId })),
    );
    expect(mostAtOnce).toBeGreaterThan(5);
    expect(results.filter((r) => r.ok)).toHaveLength(5);
    expect(results.filter((r) => !r.ok && r.error.code === 'full')).toHaveLength(7);
    expect(await count('SELECT booked AS n FROM reservation_slots WHERE id = ?', [slotId])).toBe(5);
    expect(await count('SELECT count(*) AS n FROM reservations WHERE slot_id = ?', [slotId])).toBe(5);
    // The 7 refused left nothing behind: no account, profile or mail without its reservation.
    expect(await count('SELECT count(*) AS n FROM accounts')).toBe(5);
    expect(await count('SELECT count(*) AS n FROM citizen_profiles')).toBe(5);
    expect(await count('SELECT count(*) AS n FROM outbox')).toBe(5);
  });
});

describe('vaccination series', () => {
  it('books dose 1 and dose 2 together', async () => {
    const { dose1, dose2 } = env.catalogue.series;
    const receipt = await env.ok('t1', 'city.reserve', { ...applicant, slotId: dose1, secondSlotId: dose2 });
    expect(receipt.reservations.map((r) => [r.dose, r.cancellable])).toEqual([
      [1, true],
      [2, false],
    ]);
    const mail = await env.mail(applicant.email, '予約を受け付けました');
    expect(mail.text).toContain('（1回目）');
    expect(mail.text).toContain('（2回目）');
  });

  it('requires dose 2, at least the minimum days after dose 1, in the same form', async () => {
    const { dose1, dose2Early } = env.catalogue.series;
    expect(await env.call('t1', 'city.reserve', { ...applicant, slotId: dose1 })).toEqual({
      ok: false,
      error: { code: 'invalid_input', fields: { secondSlotId: 'required' } },
    });
    expect(await env.call('t1', 'city.reserve', { ...applicant, slotId: dose1, secondSlotId: dose2Early })).toEqual({
      ok: false,
      error: { code: 'invalid_input', fields: { secondSlotId: 'too_small' } },
    });
    expect(await env.call('t1', 'city.reserve', { ...applicant, slotId: dose1, secondSlotId: env.catalogue.slots.wide })).toEqual({
      ok: false,
      error: { code: 'invalid_input', fields: { secondSlotId: 'invalid' } },
    });
    expect(await env.call('t1', 'city.reserve', { ...applicant, slotId: env.catalogue.slots.wide, secondSlotId: dose1 })).toEqual({
      ok: false,
      error: { code: 'invalid_input', fields: { secondSlotId: 'invalid' } },
    });
    expect(await count('SELECT count(*) AS n FROM reservations')).toBe(0);
  });

  it('gives dose 1 its place back when the dose-2 slot is full', async () => {
    const { dose1, dose2Full } = env.catalogue.series;
    await env.ok('t1', 'city.reserve', { ...applicant, email: 'first@example.jp', slotId: dose1, secondSlotId: dose2Full });
    const second = await env.call('t2', 'city.reserve', { ...applicant, email: 'second@example.jp', slotId: dose1, secondSlotId: dose2Full });
    expect(second).toEqual({ ok: false, error: { code: 'full' } });
    expect(await count('SELECT booked AS n FROM reservation_slots WHERE id = ?', [dose1])).toBe(1);
    expect(await count('SELECT count(*) AS n FROM accounts')).toBe(1);
  });
});

describe('a logged-in citizen', () => {
  it('reserves under their own account, without a new key, and cannot take the same slot twice', async () => {
    const key = await loggedInCitizen(env, 'kiosk-1');
    env.mailbox.clear();
    const receipt = await env.ok('kiosk-1', 'citizen.reserve', { slotId: env.catalogue.slots.roomy });
    expect(receipt.mailed).toBe(true);
    const mail = await env.mail(applicant.email, '予約を受け付けました');
    expect(mail.text).not.toContain('利用者キー：');
    expect(await count('SELECT count(*) AS n FROM accounts')).toBe(1);
    const list = await env.ok('kiosk-1', 'citizen.reservations', {});
    expect(list).toHaveLength(2);
    expect(await env.app.services.accounts.findByLogin('citizen', key)).toBeDefined();

    expect(await env.call('kiosk-1', 'citizen.reserve', { slotId: env.catalogue.slots.roomy })).toEqual({ ok: false, error: { code: 'conflict' } });
    expect(await count('SELECT booked AS n FROM reservation_slots WHERE id = ?', [env.catalogue.slots.roomy])).toBe(1);
  });

  it('needs a session for citizen.reserve', async () => {
    expect(await env.call('kiosk-9', 'citizen.reserve', { slotId: env.catalogue.slots.roomy })).toEqual({ ok: false, error: { code: 'unauthorized' } });
  });
});
