// 郵便番号 → 住所 through the router, as the renderer calls it: public on a kiosk and at a counter,
// for a guest and for a logged-in session, with the contract's normalisation and refusals.
import { afterEach, describe, expect, it } from 'vitest';
import { tempApp, type TempApp } from '../../fixtures/temp-app';
import { ADMIN, pinPair } from '../staff/staff-env';

let t: TempApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const CHIYODA = { found: true, code: '1000001', candidates: [{ prefecture: '東京都', city: '千代田区', town: '千代田' }] };

describe('address.lookup', () => {
  it('answers a guest at a kiosk, reading full-width digits and a hyphen', async () => {
    t = await tempApp({ mode: 'kiosk' });
    expect(await t.call('kiosk-1/window-1', 'address.lookup', { code: '１００－０００１' })).toEqual({ ok: true, data: CHIYODA });
    expect(await t.call('kiosk-1/window-1', 'address.lookup', { code: '〒498-0000' })).toEqual({
      ok: true,
      data: {
        found: true,
        code: '4980000',
        candidates: [
          { prefecture: '愛知県', city: '弥富市', town: '' },
          { prefecture: '三重県', city: '桑名郡木曽岬町', town: '' },
        ],
      },
    });
    expect(await t.call('kiosk-1/window-1', 'address.lookup', { code: '000-0000' })).toEqual({ ok: true, data: { found: false, code: '0000000' } });
  });

  it('answers at a counter terminal, and a caller with a session', async () => {
    t = await tempApp({ mode: 'counter' });
    expect(await t.call('counter-1/window-1', 'address.lookup', { code: '1000001' })).toEqual({ ok: true, data: CHIYODA });
    // A clerk's session at the counter (the phone reservation screen calls it too).
    await t.app.services.staff.installation.initialise(
      { nameKana: 'ｶﾝﾘｼｬ', nameKanji: '管理者', pins: pinPair(ADMIN.pin, ADMIN.confirmPin) },
      { actor: 'cli', terminal: 'test' },
    );
    const admin = await t.app.services.accounts.findByLogin('staff', 'A0001');
    await t.app.services.sessions.start('counter-1/window-1', {
      accountId: admin?.id ?? 0, kind: 'staff', loginId: 'A0001', displayName: '管理者', role: 'admin', permissions: [], requiredAction: null,
    });
    expect((await t.ok('counter-1/window-1', 'session.current', {}))).toMatchObject({ kind: 'staff' });
    expect(await t.call('counter-1/window-1', 'address.lookup', { code: '939-0300' })).toEqual({
      ok: true,
      data: { found: true, code: '9390300', candidates: [{ prefecture: '富山県', city: '射水市', town: '' }] },
    });
  });

  it('refuses what is not a postal code with a field code, before any lookup', async () => {
    t = await tempApp();
    expect(await t.call('kiosk-1/window-1', 'address.lookup', { code: '100-000' })).toEqual({
      ok: false,
      error: { code: 'invalid_input', fields: { code: 'format' } },
    });
    expect(await t.call('kiosk-1/window-1', 'address.lookup', { code: '' })).toEqual({
      ok: false,
      error: { code: 'invalid_input', fields: { code: 'required' } },
    });
  });
});
