// The logged-in citizen's screens (seed 000): 予約一覧 with cancellation (vaccination dose rules),
// 利用者情報変更 with mails to the new and old address, ログアウト; and 利用者キー再発行 (seed 001).
import { describe, expect, it } from 'vitest';
import { formatJapaneseDateTime } from '../../../src-shared/japanese-date';
import { envPerTest } from '../../fixtures/env-per-test';
import { applicant, type CitizenEnv, DAY, loggedInCitizen, openCitizenEnv, reserveAsGuest } from './citizen-env';

let env: CitizenEnv;

const file = envPerTest(openCitizenEnv, (opened) => {
  env = opened;
});

const booked = async (slotId: number) => (await env.app.store.get<{ n: number }>('SELECT booked AS n FROM reservation_slots WHERE id = ?', [slotId]))?.n;

describe('予約一覧 and cancellation', () => {
  it('lists upcoming reservations as form (venue) / attendee with the date', async () => {
    const key = await loggedInCitizen(env, 'kiosk');
    const list = await env.ok('kiosk', 'citizen.reservations', {});
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      formTitle: { ja: '令和7年分 確定申告相談会' },
      venue: { ja: '市役所 大会議室' },
      attendee: '申告 太郎',
      dose: null,
      cancellable: true,
    });
    expect(formatJapaneseDateTime(list[0]?.startsAt ?? 0)).toBe('令和8年1月7日(水曜日) 15時30分');
    // Once the slot has started it leaves the list.
    env.clock.advance(3 * DAY);
    const accountId = (await env.app.services.accounts.findByLogin('citizen', key))?.id ?? 0;
    expect(await env.app.services.citizen.reservations.list(accountId)).toEqual([]);
  });

  it('cancels with a mail and gives the place back', async () => {
    await loggedInCitizen(env, 'kiosk');
    const [item] = await env.ok('kiosk', 'citizen.reservations', {});
    const slot = env.catalogue.slots.wide;
    expect(await booked(slot)).toBe(1);
    env.mailbox.clear();
    const { cancelled } = await env.ok('kiosk', 'citizen.cancel', { reservationId: item?.id ?? 0 });
    expect(cancelled.map((c) => c.id)).toEqual([item?.id]);
    expect(await booked(slot)).toBe(0);
    expect(await env.ok('kiosk', 'citizen.reservations', {})).toEqual([]);
    const mail = await env.mail(applicant.email, '予約をキャンセルしました');
    expect(mail.text).toContain('令和7年分 確定申告相談会');
    expect(await env.app.services.audit.list({ action: 'citizen.cancel' })).toHaveLength(1);
    // A second cancel of the same reservation finds nothing to cancel.
    expect(await env.call('kiosk', 'citizen.cancel', { reservationId: item?.id ?? 0 })).toEqual({ ok: false, error: { code: 'not_found' } });
  });

  it('cancels dose 2 together with dose 1, and refuses dose 2 alone', async () => {
    await loggedInCitizen(env, 'kiosk');
    const { dose1, dose2 } = env.catalogue.series;
    await env.ok('kiosk', 'citizen.reserve', { slotId: dose1, secondSlotId: dose2 });
    const list = await env.ok('kiosk', 'citizen.reservations', {});
    const first = list.find((r) => r.dose === 1);
    const second = list.find((r) => r.dose === 2);
    expect(second?.cancellable).toBe(false);
    // The list ties dose 2 to its dose 1, so the cancel screen can show what goes with it (issue 13).
    expect(second?.firstDoseId).toBe(first?.id);
    expect(first?.firstDoseId).toBeNull();

    expect(await env.call('kiosk', 'citizen.cancel', { reservationId: second?.id ?? 0 })).toEqual({ ok: false, error: { code: 'not_allowed' } });
    expect(await booked(dose2)).toBe(1);

    env.mailbox.clear();
    const { cancelled } = await env.ok('kiosk', 'citizen.cancel', { reservationId: first?.id ?? 0 });
    expect(cancelled.map((c) => c.dose)).toEqual([1, 2]);
    expect([await booked(dose1), await booked(dose2)]).toEqual([0, 0]);
    const mail = await env.mail(applicant.email, '予約をキャンセルしました');
    expect(mail.text).toContain('（1回目）');
    expect(mail.text).toContain('（2回目）');
  });

  it("cannot cancel another citizen's reservation", async () => {
    await loggedInCitizen(env, 'kiosk-a', 'a@example.jp');
    const [mine] = await env.ok('kiosk-a', 'citizen.reservations', {});
    await loggedInCitizen(env, 'kiosk-b', 'b@example.jp');
    expect(await env.call('kiosk-b', 'citizen.cancel', { reservationId: mine?.id ?? 0 })).toEqual({ ok: false, error: { code: 'not_found' } });
    expect(await env.ok('kiosk-a', 'citizen.reservations', {})).toHaveLength(1);
  });

  it('needs a citizen session', async () => {
    expect(await env.call('kiosk', 'citizen.reservations', {})).toEqual({ ok: false, error: { code: 'unauthorized' } });
    expect(await env.call('kiosk', 'citizen.cancel', { reservationId: 1 })).toEqual({ ok: false, error: { code: 'unauthorized' } });
  });
});

describe('利用者情報変更', () => {
  const change = { name: '申告 花子', phone: '076-651-0000', email: 'hanako@example.jp', postalCode: '9391234', address: '窓口市中町2-3' };

  it('shows the profile prefilled and saves a change, mailing the new and the old address', async () => {
    const key = await loggedInCitizen(env, 'kiosk');
    expect(await env.ok('kiosk', 'citizen.profile.get', {})).toEqual({
      userKey: key,
      name: '申告 太郎',
      phone: '0766516600',
      email: 'taro@example.jp',
      postalCode: '9390294',
      address: '窓口市本町1-2-3',
    });
    env.mailbox.clear();
    const result = await env.ok('kiosk', 'citizen.profile.update', change);
    expect(result.emailChanged).toBe(true);
    expect(result.profile).toMatchObject({ name: '申告 花子', phone: '0766510000', email: 'hanako@example.jp' });
    expect((await env.ok('kiosk', 'session.current', {}))?.displayName).toBe('申告 花子');

    const toNew = await env.mail('hanako@example.jp', '利用者情報を変更しました');
    expect(toNew.text).toContain('申告 花子 様');
    const toOld = await env.mail('taro@example.jp', '登録メールアドレスが変更されました');
    expect(toOld.text).toContain('申告 太郎 様');
    expect((await env.app.services.audit.list({ action: 'citizen.profile.change' }))[0]).toMatchObject({ target: `citizen:${key}`, outcome: 'ok' });
    // The new address now works for the OTP and the key reissue; the old one no longer does.
    expect(await env.app.services.citizen.profiles.holdersOf('taro@example.jp')).toEqual([]);
    expect((await env.app.services.citizen.profiles.holdersOf('HANAKO@example.jp')).map((h) => h.userKey)).toEqual([key]);
  });

  it('mails only the address when it did not change, and clears optional fields', async () => {
    await loggedInCitizen(env, 'kiosk');
    env.mailbox.clear();
    const result = await env.ok('kiosk', 'citizen.profile.update', { ...change, email: 'TARO@example.jp', postalCode: '', address: '' });
    expect(result.emailChanged).toBe(false);
    expect(result.profile).toMatchObject({ postalCode: null, address: null });
    await env.app.mailer.deliverDue();
    expect(env.mailbox.messages.map((m) => m.subject)).toEqual(['【窓口e-予約システム】利用者情報を変更しました']);
  });

  it('requires name, phone and mail address', async () => {
    await loggedInCitizen(env, 'kiosk');
    expect(await env.call('kiosk', 'citizen.profile.update', { name: '', phone: '', email: '' })).toEqual({
      ok: false,
      error: { code: 'invalid_input', fields: { name: 'required', phone: 'required', email: 'required' } },
    });
  });
});

describe('ログアウト', () => {
  it('ends the session in main; the citizen channels are closed afterwards', async () => {
    await loggedInCitizen(env, 'kiosk');
    await env.ok('kiosk', 'session.end', { reason: 'logout' });
    expect(await env.ok('kiosk', 'session.current', {})).toBeNull();
    expect(await env.call('kiosk', 'citizen.reservations', {})).toEqual({ ok: false, error: { code: 'unauthorized' } });
    expect((await env.app.services.audit.list({ action: 'session.end' }))[0]).toMatchObject({ outcome: 'ok', detail: '{"reason":"logout"}' });
  });
});

describe('利用者キー再発行', () => {
  it('mails every key registered with the address in one mail', async () => {
    const first = await reserveAsGuest(env);
    const second = await reserveAsGuest(env);
    env.mailbox.clear();
    expect(await env.call('t1', 'citizen.key.reissue', { email: 'Taro@Example.jp', emailConfirm: 'taro@example.jp' })).toEqual({ ok: true, data: null });
    const mail = await env.mail('Taro@Example.jp', '利用者キーのご案内');
    expect(mail.subject).toBe('【窓口e-予約システム】利用者キーのご案内');
    expect(mail.text).toContain(first);
    expect(mail.text).toContain(second);
    expect((await env.app.services.audit.list({ action: 'citizen.key.reissue' })).map((r) => r.target).sort()).toEqual([`citizen:${first}`, `citizen:${second}`].sort());
  });

  it('answers the same for an unknown address and sends nothing', async () => {
    await reserveAsGuest(env);
    const registered = await env.call('t1', 'citizen.key.reissue', { email: applicant.email, emailConfirm: applicant.email });
    const unknown = await env.call('t1', 'citizen.key.reissue', { email: 'nobody@example.jp', emailConfirm: 'nobody@example.jp' });
    expect(unknown).toEqual(registered);
    expect(await env.outboxCount('nobody@example.jp')).toBe(0);
  });

  it('requires the confirmation to match', async () => {
    expect(await env.call('t1', 'citizen.key.reissue', { email: 'a@example.jp', emailConfirm: 'b@example.jp' })).toEqual({
      ok: false,
      error: { code: 'invalid_input', fields: { emailConfirm: 'mismatch' } },
    });
  });

  it('takes the configured minimum time whether or not the address is registered', async () => {
    await env.close();
    env = await file.open({ citizen: { evenAnswerMs: 200 } });
    await reserveAsGuest(env);
    for (const email of [applicant.email, 'nobody@example.jp']) {
      const started = performance.now();
      await env.ok('t1', 'citizen.key.reissue', { email, emailConfirm: email });
      expect(performance.now() - started).toBeGreaterThanOrEqual(195);
    }
  });
});
