// A public kiosk has no staff: its router refuses the staff login and every staff channel, so a
// visitor can neither guess staff PINs nor lock the administrator out by failing at the kiosk.
import { afterEach, describe, expect, it } from 'vitest';
import { contract, type ChannelName, isCounterOnly } from '../../../src-shared/contract';
import { tempApp, type TempApp } from '../../fixtures/temp-app';
import { ADMIN, pinPair } from '../staff/staff-env';

let t: TempApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe('a kiosk terminal', () => {
  it('is the default role, and refuses the staff login however often it is tried, locking nobody', async () => {
    t = await tempApp();
    expect(t.app.config.mode).toBe('kiosk');
    await t.app.services.staff.installation.initialise(
      { nameKana: 'ｶﾝﾘｼｬ', nameKanji: '管理者', pins: pinPair(ADMIN.pin, ADMIN.confirmPin) },
      { actor: 'cli', terminal: 'test' },
    );
    for (let i = 0; i < 10; i++) {
      expect(await t.call('kiosk-1/window-1', 'staff.login', { staffId: 'A0001', pin: 'wrong' })).toEqual({ ok: false, error: { code: 'unauthorized' } });
    }
    expect(await t.call('kiosk-1/window-1', 'staff.login', { staffId: 'A0001', pin: ADMIN.pin })).toEqual({ ok: false, error: { code: 'unauthorized' } });
    const admin = await t.app.services.accounts.findByLogin('staff', 'A0001');
    expect(admin).toMatchObject({ locked: false, consecutiveFailures: 0 });
    expect(await t.app.services.audit.list({ action: 'staff.login' })).toEqual([]);
  });

  it('refuses every staff channel even to a staff session in the shared store', async () => {
    t = await tempApp({ mode: 'kiosk' });
    const { recoveryCode } = await t.app.services.staff.installation.initialise(
      { nameKana: 'ｶﾝﾘｼｬ', nameKanji: '管理者', pins: pinPair(ADMIN.pin, ADMIN.confirmPin) },
      { actor: 'cli', terminal: 'test' },
    );
    expect(recoveryCode).toBeTruthy();
    const admin = await t.app.services.accounts.findByLogin('staff', 'A0001');
    // As if a counter PC's session row were there (one store for the site).
    await t.app.services.sessions.start('kiosk-1/window-1', {
      accountId: admin?.id ?? 0, kind: 'staff', loginId: 'A0001', displayName: '管理者', role: 'admin', permissions: [], requiredAction: null,
    });
    for (const channel of (Object.keys(contract) as ChannelName[]).filter((c) => isCounterOnly(contract[c]))) {
      expect(await t.app.router.invoke('kiosk-1/window-1', channel, {}), channel).toEqual({ ok: false, error: { code: 'unauthorized' } });
    }
    expect((await t.call('kiosk-1/window-1', 'terminal.info', {})).ok).toBe(true);
  });
});

describe('a counter terminal', () => {
  it('answers the staff login', async () => {
    t = await tempApp({ mode: 'counter' });
    await t.app.services.staff.installation.initialise(
      { nameKana: 'ｶﾝﾘｼｬ', nameKanji: '管理者', pins: pinPair(ADMIN.pin, ADMIN.confirmPin) },
      { actor: 'cli', terminal: 'test' },
    );
    expect((await t.call('counter-1/window-1', 'staff.login', { staffId: 'A0001', pin: ADMIN.pin })).ok).toBe(true);
  });
});
