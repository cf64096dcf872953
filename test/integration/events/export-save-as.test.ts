// A copy of an export saved where the clerk chooses (issue 14): the save dialog is a port, here a
// stand-in answering a path in a temp folder. The copy has the export's bytes; a cancelled dialog
// writes nothing; only a file in exports/ can be named; without a dialog nothing is offered.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { errorOf } from '../staff/staff-env';
import { createEvent, type EventsEnv, guest, openEventsEnv, plan } from './events-env';

let env: EventsEnv | undefined;
const dirs: string[] = [];
afterEach(async () => {
  await env?.stop();
  env = undefined;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

it('copies an export where the dialog says, writes nothing when cancelled, and never leaves exports/', async () => {
  const target = mkdtempSync(join(tmpdir(), 'madoguchi-saveas-'));
  dirs.push(target);
  const answers: (string | null)[] = [join(target, 'copy.csv'), null];
  const asked: string[] = [];
  env = await openEventsEnv({
    saveDialog: {
      choose: async (name: string) => {
        asked.push(name);
        return answers.shift() ?? null;
      },
    },
  });
  const eventId = await createEvent(env);
  await env.ok('office', 'counter.events.slots.generate', plan(eventId, { from: '2026-02-02', to: '2026-02-02', times: ['10:00'] }));
  const [slot] = (await env.ok('office', 'counter.events.slots.month', { eventId, month: '2026-02' })).slots;
  if (!slot) throw new Error('no slot');
  await env.ok('k1', 'city.reserve', { slotId: slot.id, ...guest('山田 花子', null) });
  const written = await env.ok('office', 'counter.events.attendees.export', { eventId, day: '2026-02-02', slotId: null });

  expect(await env.ok('office', 'counter.exports.status', {})).toEqual({ saveAs: true });
  expect(await env.ok('office', 'counter.exports.saveAs', { fileName: written.fileName })).toEqual({ outcome: 'saved', path: join(target, 'copy.csv') });
  expect(asked).toEqual([written.fileName]);
  expect(readFileSync(join(target, 'copy.csv'))).toEqual(readFileSync(written.path));

  expect(await env.ok('office', 'counter.exports.saveAs', { fileName: written.fileName })).toEqual({ outcome: 'cancelled' });
  for (const fileName of ['../madoguchi.db', 'sub/x.csv', '..\\x.csv', 'x.txt']) {
    expect(errorOf(await env.call('office', 'counter.exports.saveAs', { fileName })), fileName).toMatchObject({ code: 'invalid_input' });
  }
  expect(errorOf(await env.call('office', 'counter.exports.saveAs', { fileName: 'nothing_here.csv' }))).toEqual({ code: 'not_found' });
  expect(existsSync(join(target, 'x.csv'))).toBe(false);
});

it('offers no copy where there is no save dialog', async () => {
  env = await openEventsEnv();
  expect(await env.ok('office', 'counter.exports.status', {})).toEqual({ saveAs: false });
  expect(errorOf(await env.call('office', 'counter.exports.saveAs', { fileName: 'a.csv' }))).toEqual({ code: 'not_allowed' });
});
