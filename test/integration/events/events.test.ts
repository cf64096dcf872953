// The back office of city-hall events through the router (issue 14): event validation, slot
// generation across 2027's holidays and the year-end closing, overlaps and past dates refused,
// capacity never below the seats taken (also while kiosks book), closing a slot with reservations
// (each citizen mailed once over real SMTP), deletion of empty slots only, and the permission.
import { afterEach, describe, expect, it } from 'vitest';
import { errorOf } from '../staff/staff-env';
import { createEvent, type EventsEnv, eventDraft, guest, openEventsEnv, plan } from './events-env';

let env: EventsEnv;
afterEach(async () => {
  await env?.stop();
});

const DAY = 24 * 60 * 60_000;

async function slotsOf(eventId: number, month: string) {
  return (await env.ok('office', 'counter.events.slots.month', { eventId, month })).slots;
}

async function auditActions(): Promise<string[]> {
  return (await env.app.store.all<{ action: string }>("SELECT action FROM audit_log WHERE action LIKE 'event.%' ORDER BY id")).map((r) => r.action);
}

describe('events: create and edit', () => {
  it('names each wrong field, then creates and edits an event (audited)', async () => {
    env = await openEventsEnv();
    const bad = await env.call('office', 'counter.events.save', eventDraft(env.categoryId, { titleJa: '', slotCapacity: '0', opensOn: '2027-02-30', cancelHours: 'x' }));
    expect(errorOf(bad)).toEqual({
      code: 'invalid_input',
      fields: { titleJa: 'required', slotCapacity: 'too_small', opensOn: 'format', cancelHours: 'format' },
    });
    expect(errorOf(await env.call('office', 'counter.events.save', eventDraft(env.categoryId, { opensOn: '2027-03-01', closesOn: '2027-02-01' })))).toEqual({
      code: 'invalid_input',
      fields: { closesOn: 'too_small' },
    });
    expect(errorOf(await env.call('office', 'counter.events.save', eventDraft(env.categoryId, { series: true, doseIntervalDays: '' })))).toEqual({
      code: 'invalid_input',
      fields: { doseIntervalDays: 'required' },
    });
    expect(errorOf(await env.call('office', 'counter.events.save', eventDraft(999)))).toEqual({ code: 'invalid_input', fields: { categoryId: 'invalid' } });
    // A new event whose window ended before today (the fake clock: 2026-01-05).
    expect(errorOf(await env.call('office', 'counter.events.save', eventDraft(env.categoryId, { opensOn: '2025-12-01', closesOn: '2025-12-31' })))).toEqual({
      code: 'invalid_input',
      fields: { closesOn: 'too_small' },
    });

    const eventId = await createEvent(env, { series: true, doseIntervalDays: '２１' });
    const saved = await env.ok('office', 'counter.events.get', { eventId });
    expect(saved).toMatchObject({
      titleJa: '離乳食教室',
      audience: 'residents',
      slotCapacity: '3',
      opensOn: '2026-01-01',
      closesOn: '2028-03-31',
      cancelHours: '24',
      series: true,
      doseIntervalDays: '21',
    });
    await env.ok('office', 'counter.events.save', { ...saved, eventId, titleJa: '離乳食教室・後期', series: false, doseIntervalDays: '' });
    expect((await env.ok('office', 'counter.events.get', { eventId })).titleJa).toBe('離乳食教室・後期');
    const list = await env.ok('office', 'counter.events.list', {});
    expect(list.events.map((e) => e.title.ja)).toEqual(['離乳食教室・後期']);
    // The citizens' side sees the event in its category, bookable now.
    expect((await env.ok('kiosk', 'city.forms', { categoryId: env.categoryId })).forms[0]?.bookable).toBe(true);
    // …and who may book it, which the kiosk's event screen says.
    expect((await env.ok('kiosk', 'city.form', { formId: eventId })).audience).toBe('residents');
    expect(await auditActions()).toEqual(['event.create', 'event.update']);
  });

  it('is refused to a clerk without event_management', async () => {
    env = await openEventsEnv();
    const { staffId } = await env.clerk(['mail_log'], { pin: 'mail2468', confirmPin: 'mail1357' });
    await env.ok('other', 'staff.login', { staffId, pin: 'mail2468' });
    expect(errorOf(await env.call('other', 'counter.events.list', {})).code).toBe('unauthorized');
    expect(errorOf(await env.call('other', 'counter.events.save', eventDraft(env.categoryId))).code).toBe('unauthorized');
    expect(errorOf(await env.call('nobody', 'counter.events.list', {})).code).toBe('unauthorized');
  });
});

describe('events: slot generation', () => {
  it('skips 2027 national holidays on the chosen weekdays', async () => {
    env = await openEventsEnv();
    const eventId = await createEvent(env);
    const preview = await env.ok('office', 'counter.events.slots.preview', plan(eventId));
    // Weekdays of January–March 2027: 21 + 20 + 23 = 64, less five holidays on weekdays.
    expect(preview.skipped.map((s) => [s.day, s.reason, s.name.ja])).toEqual([
      ['2027-01-01', 'holiday', '元日'],
      ['2027-01-11', 'holiday', '成人の日'],
      ['2027-02-11', 'holiday', '建国記念の日'],
      ['2027-02-23', 'holiday', '天皇誕生日'],
      ['2027-03-22', 'holiday', '春分の日 振替休日'],
    ]);
    expect(preview).toMatchObject({ dayCount: 59, slotCount: 118, overlaps: [] });
    expect(preview.firstStartsAt).toBe(Date.UTC(2027, 0, 4, 1, 0)); // 2027-01-04 10:00 JST
    expect(await env.ok('office', 'counter.events.slots.generate', plan(eventId))).toEqual({ created: 118 });
    const january = await slotsOf(eventId, '2027-01');
    expect(january).toHaveLength(2 * (21 - 2));
    expect(january.every((s) => s.capacity === 3 && s.booked === 0 && !s.closed && s.endsAt === s.startsAt + 60 * 60_000)).toBe(true);
    const days = new Set(january.map((s) => new Date(s.startsAt + 9 * 3_600_000).toISOString().slice(0, 10)));
    expect(days.has('2027-01-11')).toBe(false);
    expect(days.has('2027-01-12')).toBe(true);
    expect(await auditActions()).toEqual(['event.create', 'event.slots.generate']);
  });

  it('skips the city closed days 12/29–1/3, which staff can edit', async () => {
    env = await openEventsEnv();
    const eventId = await createEvent(env);
    expect((await env.ok('office', 'counter.events.closedDays.list', {})).map((d) => d.day)).toEqual(['01-01', '01-02', '01-03', '12-29', '12-30', '12-31']);
    const yearEnd = plan(eventId, { from: '2027-12-27', to: '2028-01-07', times: ['09:30'] });
    const before = await env.ok('office', 'counter.events.slots.preview', yearEnd);
    expect(before.skipped.map((s) => [s.day, s.reason])).toEqual([
      ['2027-12-29', 'closed'],
      ['2027-12-30', 'closed'],
      ['2027-12-31', 'closed'],
      ['2028-01-03', 'closed'],
    ]);
    expect(before.skipped[0]?.name.ja).toBe('年末年始');
    expect(before.slotCount).toBe(6);

    expect(errorOf(await env.call('office', 'counter.events.closedDays.add', { day: '2027/13/1', note: '' }))).toEqual({ code: 'invalid_input', fields: { day: 'format' } });
    await env.ok('office', 'counter.events.closedDays.add', { day: '2027年12月28日', note: '庁舎点検' });
    await env.ok('office', 'counter.events.closedDays.remove', { day: '01-03' });
    const after = await env.ok('office', 'counter.events.slots.preview', yearEnd);
    expect(after.skipped.map((s) => [s.day, s.reason, s.name.ja])).toEqual([
      ['2027-12-28', 'closed', '庁舎点検'],
      ['2027-12-29', 'closed', '年末年始'],
      ['2027-12-30', 'closed', '年末年始'],
      ['2027-12-31', 'closed', '年末年始'],
    ]);
    expect(after.slotCount).toBe(6);
    expect(await auditActions()).toEqual(['event.create', 'event.closed_day.add', 'event.closed_day.remove']);
  });

  it('refuses slots overlapping existing ones (naming them), overlapping each other, or in the past', async () => {
    env = await openEventsEnv();
    const eventId = await createEvent(env);
    await env.ok('office', 'counter.events.slots.generate', plan(eventId, { from: '2027-01-12', to: '2027-01-12', times: ['10:00'] }));
    const [existing] = await slotsOf(eventId, '2027-01');
    const clash = plan(eventId, { from: '2027-01-12', to: '2027-01-13', times: ['10:30'], minutes: '30' });
    const preview = await env.ok('office', 'counter.events.slots.preview', clash);
    expect(preview.overlaps).toEqual([
      { startsAt: Date.UTC(2027, 0, 12, 1, 30), existingSlotId: existing?.id, existingStartsAt: Date.UTC(2027, 0, 12, 1, 0), existingEndsAt: Date.UTC(2027, 0, 12, 2, 0) },
    ]);
    expect(errorOf(await env.call('office', 'counter.events.slots.generate', clash))).toEqual({ code: 'conflict', fields: { times: 'same_as_other' } });
    // Right after the existing slot ends is no overlap.
    expect(await env.ok('office', 'counter.events.slots.generate', plan(eventId, { from: '2027-01-12', to: '2027-01-12', times: ['11:00'] }))).toEqual({ created: 1 });
    // 10:00 and 10:30 with 60 minutes each overlap one another.
    expect(errorOf(await env.call('office', 'counter.events.slots.preview', plan(eventId, { times: ['10:00', '10:30'] })))).toEqual({
      code: 'invalid_input',
      fields: { minutes: 'too_large' },
    });
    // The fake clock is at 2026-01-05 09:00 JST: that day has begun.
    const past = plan(eventId, { from: '2026-01-05', to: '2026-01-06', times: ['15:00'] });
    expect((await env.ok('office', 'counter.events.slots.preview', past)).skipped).toEqual([{ day: '2026-01-05', reason: 'past', name: { ja: '', en: '' } }]);
    expect(errorOf(await env.call('office', 'counter.events.slots.generate', past))).toEqual({ code: 'invalid_input', fields: { from: 'too_small' } });
    expect(errorOf(await env.call('office', 'counter.events.slots.preview', plan(eventId, { weekdays: [], times: [] })))).toEqual({
      code: 'invalid_input',
      fields: { weekdays: 'required', times: 'required' },
    });
    expect(await slotsOf(eventId, '2027-01')).toHaveLength(2);
  });
});

describe('events: capacity, closing and deleting', () => {
  async function eventWithSlot(capacity = '3'): Promise<{ eventId: number; slotId: number }> {
    const eventId = await createEvent(env);
    await env.ok('office', 'counter.events.slots.generate', plan(eventId, { from: '2026-02-02', to: '2026-02-02', times: ['10:00'], capacity }));
    const [slot] = await slotsOf(eventId, '2026-02');
    if (!slot) throw new Error('no slot');
    return { eventId, slotId: slot.id };
  }

  it('never lowers capacity below the seats taken', async () => {
    env = await openEventsEnv();
    const { slotId } = await eventWithSlot();
    await env.ok('kiosk-1', 'city.reserve', { slotId, ...guest('予約 一郎', 'ichiro@example.jp') });
    await env.ok('kiosk-2', 'city.reserve', { slotId, ...guest('予約 二郎', 'jiro@example.jp') });
    expect(errorOf(await env.call('office', 'counter.events.slots.setCapacity', { slotId, capacity: '1' }))).toEqual({ code: 'invalid_input', fields: { capacity: 'too_small' } });
    expect(await env.ok('office', 'counter.events.slots.setCapacity', { slotId, capacity: '2' })).toMatchObject({ capacity: 2, booked: 2 });
    expect(errorOf(await env.call('kiosk-3', 'city.reserve', { slotId, ...guest('予約 三郎', 'saburo@example.jp') })).code).toBe('full');
    expect(await env.ok('office', 'counter.events.slots.setCapacity', { slotId, capacity: '5' })).toMatchObject({ capacity: 5, booked: 2 });
  });

  it('keeps booked ≤ capacity while staff change capacity and kiosks book at once', async () => {
    env = await openEventsEnv();
    const { slotId } = await eventWithSlot('4');
    const bookings = Array.from({ length: 16 }, (_, i) => env.call(`kiosk-${i}`, 'city.reserve', { slotId, ...guest(`来場 ${i}`, `c${i}@example.jp`) }));
    const changes = [3, 6, 2, 8, 5, 1, 7].map((capacity) => env.call('office', 'counter.events.slots.setCapacity', { slotId, capacity: String(capacity) }));
    const results = await Promise.all([...bookings, ...changes]);
    for (const r of results) if (!r.ok) expect(['full', 'invalid_input']).toContain(r.error.code);
    const slot = await env.app.store.get<{ capacity: number; booked: number }>('SELECT capacity, booked FROM reservation_slots WHERE id = ?', [slotId]);
    const active = await env.app.store.get<{ n: number }>("SELECT count(*) AS n FROM reservations WHERE slot_id = ? AND status = 'active'", [slotId]);
    expect(slot && slot.booked <= slot.capacity).toBe(true);
    expect(active?.n).toBe(slot?.booked);
    expect(results.slice(0, 16).filter((r) => r.ok)).toHaveLength(slot?.booked ?? -1);
  });

  it('closing a slot cancels its reservations (and the other dose) and mails each citizen once', async () => {
    env = await openEventsEnv();
    const eventId = await createEvent(env, { series: true, doseIntervalDays: '21' });
    await env.ok('office', 'counter.events.slots.generate', plan(eventId, { from: '2026-02-02', to: '2026-02-27', times: ['10:00'], capacity: '5' }));
    const slots = await slotsOf(eventId, '2026-02');
    const dose1 = slots[0]?.id ?? 0;
    const dose2 = slots[slots.length - 1]?.id ?? 0;
    await env.ok('kiosk-1', 'city.reserve', { slotId: dose1, secondSlotId: dose2, ...guest('接種 花子', 'hanako@example.jp') });
    await env.ok('kiosk-2', 'city.reserve', { slotId: dose1, secondSlotId: dose2, ...guest('接種 太郎', 'taro@example.jp') });
    await env.ok('kiosk-3', 'city.reserve', { slotId: dose1, secondSlotId: dose2, ...guest('電話 次郎', null) });
    await env.app.mailer.deliverDue();
    env.mailbox.clear();

    const closing = await env.ok('office', 'counter.events.slots.close', { slotId: dose1 });
    expect(closing).toEqual({ cancelled: 6, mailed: 2, toPhone: [{ name: '電話 次郎', phone: '0766516600' }] });
    await env.app.mailer.deliverDue();
    await env.app.mailer.deliverDue();
    const hanako = await env.mailbox.waitFor({ to: 'hanako@example.jp', subject: '予約の取り消しのお知らせ' });
    expect(hanako.text).toContain('接種 花子 様');
    expect(hanako.text).toContain('（1回目）');
    expect(hanako.text).toContain('（2回目）');
    await env.mailbox.waitFor({ to: 'taro@example.jp', subject: '予約の取り消しのお知らせ' });
    expect(env.mailbox.messages).toHaveLength(2);

    const after = await slotsOf(eventId, '2026-02');
    expect(after.find((s) => s.id === dose1)).toMatchObject({ closed: true, booked: 0, everBooked: true });
    expect(after.find((s) => s.id === dose2)).toMatchObject({ closed: false, booked: 0 });
    expect(await env.app.store.get<{ n: number }>("SELECT count(*) AS n FROM reservations WHERE status = 'active'")).toEqual({ n: 0 });
    // Closed: not offered, not bookable, not closed twice, never deleted.
    expect((await env.ok('kiosk', 'city.form', { formId: eventId })).slots.some((s) => s.id === dose1)).toBe(false);
    expect(errorOf(await env.call('kiosk-4', 'city.reserve', { slotId: dose1, secondSlotId: dose2, ...guest('遅い 人', null) })).code).toBe('not_allowed');
    expect(errorOf(await env.call('office', 'counter.events.slots.close', { slotId: dose1 })).code).toBe('conflict');
    expect(errorOf(await env.call('office', 'counter.events.slots.delete', { slotId: dose1 })).code).toBe('not_allowed');
    expect(errorOf(await env.call('office', 'counter.events.slots.delete', { slotId: dose2 })).code).toBe('not_allowed');
    // A slot nobody ever booked may be deleted.
    const empty = slots[1]?.id ?? 0;
    expect(await env.ok('office', 'counter.events.slots.delete', { slotId: empty })).toBeNull();
    expect((await slotsOf(eventId, '2026-02')).some((s) => s.id === empty)).toBe(false);
    expect((await auditActions()).slice(-2)).toEqual(['event.slot.close', 'event.slot.delete']);
  });

  it('a citizen may not cancel after the event’s cancellation deadline', async () => {
    env = await openEventsEnv();
    const { slotId } = await eventWithSlot();
    await env.ok('kiosk-1', 'city.reserve', { slotId, ...guest('締切 さん', null) });
    const reservation = await env.app.store.get<{ id: number; account_id: number }>('SELECT id, account_id FROM reservations WHERE slot_id = ?', [slotId]);
    const by = { actor: 'test', terminal: 't' };
    // 2026-02-02 10:00 JST less 24 hours, plus a minute: too late.
    env.clock.set(Date.UTC(2026, 1, 2, 1, 0) - DAY + 60_000);
    await expect(env.app.services.citizen.reservations.cancel(reservation?.account_id ?? 0, reservation?.id ?? 0, 'ja', by)).rejects.toMatchObject({ code: 'not_allowed' });
    env.clock.set(Date.UTC(2026, 1, 2, 1, 0) - DAY - 60_000);
    await expect(env.app.services.citizen.reservations.cancel(reservation?.account_id ?? 0, reservation?.id ?? 0, 'ja', by)).resolves.toHaveLength(1);
  });
});
