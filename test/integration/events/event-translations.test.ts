// An event's text in other languages (issue 17): staff save translations one language at a time,
// a resident browsing in that language reads them, a language left out reads the Japanese, and an
// over-long translation is refused under its own field — on SQLite and PostgreSQL alike.
import { afterEach, expect, it } from 'vitest';
import { errorOf } from '../staff/staff-env';
import { createEvent, type EventsEnv, eventDraft, guest, openEventsEnv, plan } from './events-env';

let env: EventsEnv;
afterEach(async () => {
  await env?.stop();
});

it('keeps each language\'s text, shows the Japanese where one is missing, and refuses a too-long one', async () => {
  env = await openEventsEnv();
  const eventId = await createEvent(env, {
    translations: {
      vi: { title: 'Lớp ăn dặm', venue: 'Trung tâm Y tế, tầng 2', description: '' },
      easy: { title: '｜離乳食《りにゅうしょく》の クラス', venue: '', description: '' },
    },
  });

  const saved = await env.ok('office', 'counter.events.get', { eventId });
  // What was left blank is not kept as a translation; the notation's bar comes back as NFKC makes it.
  expect(saved.translations).toEqual({
    vi: { title: 'Lớp ăn dặm', venue: 'Trung tâm Y tế, tầng 2', description: '', mailNote: '' },
    easy: { title: '|離乳食《りにゅうしょく》の クラス', venue: '', description: '', mailNote: '' },
  });

  const form = await env.ok('office', 'city.form', { formId: eventId });
  expect(form.title).toEqual({ ja: '離乳食教室', vi: 'Lớp ăn dặm', easy: '|離乳食《りにゅうしょく》の クラス' });
  expect(form.venue).toEqual({ ja: '保健センター 2階', vi: 'Trung tâm Y tế, tầng 2' });
  const row = await env.app.store.get<{ title_tr: string }>('SELECT title_tr FROM reservation_forms WHERE id = ?', [eventId]);
  expect(JSON.parse(row?.title_tr ?? '')).toEqual({ vi: 'Lớp ăn dặm', easy: '|離乳食《りにゅうしょく》の クラス' });

  // Clearing Vietnamese takes it away: Vietnamese readers see the Japanese again.
  await env.ok('office', 'counter.events.save', { ...saved, eventId, translations: { ...saved.translations, vi: { title: '', venue: '', description: '' } } });
  expect((await env.ok('office', 'city.form', { formId: eventId })).title.vi).toBeUndefined();

  const tooLong = await env.call('office', 'counter.events.save', eventDraft(env.categoryId, { translations: { pt: { title: 'x'.repeat(101), venue: '', description: '' } } }));
  expect(errorOf(tooLong)).toEqual({ code: 'invalid_input', fields: { 'translations.pt.title': 'too_long' } });
});

it('puts the event\'s own guidance in its confirmation mail, in the language the citizen booked in', async () => {
  env = await openEventsEnv();
  const eventId = await createEvent(env, {
    mailNoteJa: '当日は母子健康手帳をお持ちください。',
    translations: { vi: { title: 'Lớp ăn dặm', venue: '', description: '', mailNote: 'Vui lòng mang theo Sổ tay sức khỏe mẹ và bé.' } },
  });
  await env.ok('office', 'counter.events.slots.generate', plan(eventId, { from: '2026-02-02', to: '2026-02-02', times: ['10:00'] }));
  const [slot] = (await env.ok('office', 'counter.events.slots.month', { eventId, month: '2026-02' })).slots;
  if (!slot) throw new Error('no slot');
  expect((await env.ok('office', 'counter.events.get', { eventId })).mailNoteJa).toBe('当日は母子健康手帳をお持ちください。');

  await env.ok('k1', 'city.reserve', { slotId: slot.id, ...guest('Nguyễn Văn An', 'an@example.jp'), locale: 'vi' });
  await env.app.mailer.deliverDue();
  const vi = await env.mailbox.waitFor({ to: 'an@example.jp' });
  expect(vi.text).toContain('Thông tin về lịch hẹn\nVui lòng mang theo Sổ tay sức khỏe mẹ và bé.');
  expect(vi.text).toContain('Lớp ăn dặm');

  // Korean has no translation of the guidance: the citizen gets the Japanese rather than nothing.
  await env.ok('k2', 'city.reserve', { slotId: slot.id, ...guest('김민지', 'minji@example.jp'), locale: 'ko' });
  await env.app.mailer.deliverDue();
  const ko = await env.mailbox.waitFor({ to: 'minji@example.jp' });
  expect(ko.text).toContain('■예약 안내\n当日は母子健康手帳をお持ちください。');
});
