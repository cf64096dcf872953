// Due-date reminders when the ILS owns the loans: the ILS sends its own notices, so Madoguchi's
// reminder job is not scheduled and sends nothing — not even for a row left in the local loans
// table — and switching 返却期限通知 on catches nothing up. One reminder per loan, the ILS's.
import { afterEach, describe, expect, it } from 'vitest';
import { DUE_REMINDER_JOB, HOLD_EXPIRY_JOB, SDI_JOB } from '../../../src-main/library';
import { PATRON_HANAKO } from '../../fixtures/sip2-server/fixture';
import { openSip2LibraryEnv, type Sip2LibraryEnv } from './sip2-library-env';

let env: Sip2LibraryEnv | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

describe('due-date reminders with library.system = sip2', () => {
  it('schedules no reminder or hold-expiry job, and the reminder run sends nothing', async () => {
    env = await openSip2LibraryEnv();
    const lib = env.app.services.library;
    expect(lib.system.ownsLoans).toBe(true);
    expect(lib.jobs().map((j) => j.name)).toEqual([SDI_JOB]);
    expect(lib.jobs().map((j) => j.name)).not.toContain(DUE_REMINDER_JOB);
    expect(lib.jobs().map((j) => j.name)).not.toContain(HOLD_EXPIRY_JOB);

    await env.ok('kiosk-1', 'library.login', { cardNumber: PATRON_HANAKO, password: 'hana1234' });
    const accountId = (await env.app.services.accounts.findByLogin('patron', PATRON_HANAKO))?.id as number;
    const patron = await lib.patrons.get(accountId);
    await lib.patrons.saveSettings(accountId, { ...patron!.settings, email1: 'hanako@example.jp', dueNotice: true, dueNoticeDays: 2 }, null, env.clock.now());
    // A loan row from before the switch to the ILS, due in two days.
    const item = await lib.catalogue.add({ title: '古い貸出', addedAt: 0 });
    await lib.loans.lend(accountId, item, { dueDate: '2026-01-07' });
    env.clock.advance(2 * 3600_000);
    expect(await lib.reminders.run()).toEqual({ days: [], queued: 0 });
    expect(await lib.reminders.catchUpPatron(accountId)).toBe(0);
    expect(await env.app.store.all("SELECT id FROM outbox WHERE template = 'library.due_reminder'")).toEqual([]);
  });

  it('refuses a password change in 利用者情報変更: the ILS owns the password', async () => {
    env = await openSip2LibraryEnv();
    await env.ok('kiosk-1', 'library.login', { cardNumber: PATRON_HANAKO, password: 'hana1234' });
    const view = await env.ok('kiosk-1', 'library.settings.get', {});
    const change = { settings: view.settings, currentPassword: 'hana1234', newPassword: 'brand-new-pass-9', confirmPassword: 'brand-new-pass-9' };
    expect(await env.call('kiosk-1', 'library.settings.check', change)).toMatchObject({ ok: false, error: { code: 'not_allowed' } });
    // Everything else of the settings is local and saves as before.
    expect((await env.call('kiosk-1', 'library.settings.update', { settings: { ...view.settings, keepHistory: true } })).ok).toBe(true);
  });
});
