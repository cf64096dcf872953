// Attendee lists (issue 14): per slot and per day, 来場 check-off kept in the store, and the CSV
// export read back with a CSV parser — byte-order mark, Japanese, quotes, and a formula-looking
// name neutralised — written into the data folder's exports/ with the date in its name.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, it } from 'vitest';
import { csvText } from '../../../src-main/export/csv-file';
import { neutraliseFormula } from '../../../src-main/export/formula-guard';
import { errorOf } from '../staff/staff-env';
import { createEvent, type EventsEnv, guest, openEventsEnv, plan } from './events-env';

let env: EventsEnv;
afterEach(async () => {
  await env?.stop();
});

describe('the formula guard and the CSV text', () => {
  it('prefixes cells that a spreadsheet would run, and only those', () => {
    for (const cell of ['=1+1', '+81', '-1', '@SUM(A1)', '\tx', '\rx', '＝1+1']) expect(neutraliseFormula(cell)).toBe(`'${cell}`);
    for (const cell of ['市民 花子', '1=1', 'a-b', '', "'quoted"]) expect(neutraliseFormula(cell)).toBe(cell);
    const text = csvText({ header: ['氏名', 'メモ'], rows: [['"引用" 太郎', 'a,b\nc'], ['=cmd', null], [12, '@x']] });
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain('\r\n');
    expect(parse(text, { bom: true })).toEqual([['氏名', 'メモ'], ['"引用" 太郎', 'a,b\nc'], ["'=cmd", ''], ['12', "'@x"]]);
  });
});

describe('attendee lists', () => {
  it('lists a slot and a day, keeps 来場, and exports the day as CSV', async () => {
    env = await openEventsEnv();
    const eventId = await createEvent(env);
    await env.ok('office', 'counter.events.slots.generate', plan(eventId, { from: '2026-02-02', to: '2026-02-02', times: ['10:00', '13:30'] }));
    const [morning, afternoon] = (await env.ok('office', 'counter.events.slots.month', { eventId, month: '2026-02' })).slots;
    if (!morning || !afternoon) throw new Error('no slots');
    const formula = '=HYPERLINK("http://example.com","x")';
    await env.ok('k1', 'city.reserve', { slotId: morning.id, ...guest('窓口 "はなこ"', 'hanako@example.jp') });
    await env.ok('k2', 'city.reserve', { slotId: morning.id, ...guest(formula, null) });
    await env.ok('k3', 'city.reserve', { slotId: afternoon.id, ...guest('午後 太郎', 'taro@example.jp') });

    const slotList = await env.ok('office', 'counter.events.attendees', { eventId, day: '2026年2月2日', slotId: morning.id });
    expect(slotList.attendees.map((a) => [a.name, a.attended])).toEqual([
      ['窓口 "はなこ"', false],
      [formula, false],
    ]);
    expect(slotList.slots.map((s) => s.id)).toEqual([morning.id, afternoon.id]);
    const first = slotList.attendees[0];
    if (!first) throw new Error('no attendee');
    expect(await env.ok('office', 'counter.events.attendees.check', { reservationId: first.reservationId, attended: true })).toEqual({ attended: true });
    const day = await env.ok('office', 'counter.events.attendees', { eventId, day: '2026-02-02', slotId: null });
    expect(day.attendees.map((a) => [a.name, a.attended])).toEqual([
      ['窓口 "はなこ"', true],
      [formula, false],
      ['午後 太郎', false],
    ]);
    expect(errorOf(await env.call('office', 'counter.events.attendees', { eventId, day: '2026-02-03', slotId: morning.id }))).toEqual({
      code: 'invalid_input',
      fields: { slotId: 'invalid' },
    });

    const exported = await env.ok('office', 'counter.events.attendees.export', { eventId, day: '2026-02-02', slotId: null });
    expect(exported.fileName).toBe('参加者一覧_2026-02-02.csv');
    expect(exported.path).toBe(join(env.dataDir, 'exports', '参加者一覧_2026-02-02.csv'));
    expect(exported.rows).toBe(3);
    const bytes = readFileSync(exported.path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = parse(bytes, { bom: true, columns: true }) as Record<string, string>[];
    expect(records.map((r) => [r['氏名'], r['日付'], r['開始'], r['来場'], r['催し']])).toEqual([
      ['窓口 "はなこ"', '2026-02-02', '10:00', '来場', '離乳食教室'],
      [`'${formula}`, '2026-02-02', '10:00', '', '離乳食教室'],
      ['午後 太郎', '2026-02-02', '13:30', '', '離乳食教室'],
    ]);
    expect(records[0]?.['電話番号']).toBe('0766516600');
    // A second export of the same day never overwrites the first.
    expect((await env.ok('office', 'counter.events.attendees.export', { eventId, day: '2026-02-02', slotId: morning.id })).fileName).toBe('参加者一覧_2026-02-02_2.csv');
    const actions = await env.app.store.all<{ action: string }>("SELECT action FROM audit_log WHERE action LIKE 'event.att%' ORDER BY id");
    expect(actions.map((a) => a.action)).toEqual(['event.attendance', 'event.attendees.export', 'event.attendees.export']);
  });
});
