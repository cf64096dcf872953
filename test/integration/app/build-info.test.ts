// staff.about: the staff menu's footer shows this terminal's app and schema version — to staff on a
// counter, and to nobody at a public kiosk (terminal-role.test.ts covers the kiosk for every staff channel).
import { afterEach, describe, expect, it } from 'vitest';
import { buildInfo } from '../../../src-main/site/build-info';
import { tempApp, type TempApp } from '../../fixtures/temp-app';
import { ADMIN, pinPair } from '../staff/staff-env';

let t: TempApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe('staff.about', () => {
  it('answers a staff session with the app and schema version, and nobody else', async () => {
    t = await tempApp({ mode: 'counter' });
    await t.app.services.staff.installation.initialise(
      { nameKana: 'ｶﾝﾘｼｬ', nameKanji: '管理者', pins: pinPair(ADMIN.pin, ADMIN.confirmPin) },
      { actor: 'cli', terminal: 'test' },
    );
    expect(await t.call('counter-1/window-1', 'staff.about', {})).toEqual({ ok: false, error: { code: 'unauthorized' } });
    expect((await t.call('counter-1/window-1', 'staff.login', { staffId: 'A0001', pin: ADMIN.pin })).ok).toBe(true);
    expect(await t.call('counter-1/window-1', 'staff.about', {})).toEqual({ ok: true, data: buildInfo() });
  });
});
