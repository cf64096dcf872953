// ログイン (seed 002): 13-digit card + password; the initial password is the birth MMDD and must
// be replaced before anything else; 利用中止 after 5 consecutive failures, 3 while the initial
// password is in place; one generic answer; the counter's reset back to MMDD.
import { describe, expect, it } from 'vitest';
import { hasValidCheckDigit } from '../../../src-shared/library/card-number';
import { envPerTest } from '../../fixtures/env-per-test';
import { type LibraryEnv, openLibraryEnv, STAFF } from './library-env';

let env: LibraryEnv;

const file = envPerTest(openLibraryEnv, (opened) => {
  env = opened;
});

const loginFailed = { ok: false, error: { code: 'login_failed' } };

describe('registration', () => {
  it('issues a 13-digit card number with a valid check digit and an initial MMDD password to be changed', async () => {
    const p = await env.register('1990-12-03');
    expect(p.cardNumber).toMatch(/^\d{13}$/);
    expect(hasValidCheckDigit(p.cardNumber)).toBe(true);
    const credential = await env.app.services.accounts.credential(p.accountId, 'password');
    expect(credential?.mustChange).toBe(true);
    expect(credential?.hash).not.toContain('1203');
    expect((await env.app.services.audit.list({ action: 'patron.register' }))[0]).toMatchObject({ target: `patron:${p.cardNumber}`, outcome: 'ok' });
  });
});

describe('first login with the initial password', () => {
  it('forces a new password before anything else', async () => {
    const p = await env.register('1985-08-08');
    const session = await env.ok('k1', 'library.login', { cardNumber: p.cardNumber, password: '0808' });
    expect(session).toMatchObject({ kind: 'patron', loginId: p.cardNumber, requiredAction: 'change_password' });
    expect(await env.call('k1', 'library.summary', {})).toEqual({ ok: false, error: { code: 'action_required' } });
    expect(await env.call('k1', 'library.settings.get', {})).toEqual({ ok: false, error: { code: 'action_required' } });

    await env.ok('k1', 'library.password.change', { newPassword: 'quiet-river-42', confirmPassword: 'quiet-river-42' });
    expect((await env.ok('k1', 'session.current', {}))?.requiredAction).toBeNull();
    expect((await env.ok('k1', 'library.summary', {})).cardNumber).toBe(p.cardNumber);

    expect(await env.call('k2', 'library.login', { cardNumber: p.cardNumber, password: '0808' })).toEqual(loginFailed);
    expect((await env.ok('k2', 'library.login', { cardNumber: p.cardNumber, password: 'quiet-river-42' })).requiredAction).toBeNull();
    const audit = await env.app.services.audit.list({ action: 'patron.password_change' });
    expect(audit[0]).toMatchObject({ target: `patron:${p.cardNumber}`, outcome: 'ok' });
    expect(JSON.stringify(await env.app.services.audit.list({ limit: 500 }))).not.toContain('quiet-river-42');
  });

  it.each([
    ['short7!', 'short7!', 'newPassword', 'too_short'],
    ['x'.repeat(65), 'x'.repeat(65), 'newPassword', 'too_long'],
    ['quiet-river-42', 'quiet-river-43', 'confirmPassword', 'mismatch'],
    ['password123', 'password123', 'newPassword', 'common_password'],
    ['PASSWORD123', 'PASSWORD123', 'newPassword', 'common_password'],
    ['19850808', '19850808', 'newPassword', 'contains_personal'],
    ['1985-08-08', '1985-08-08', 'newPassword', 'contains_personal'],
    ['1985/8/8', '1985/8/8', 'newPassword', 'contains_personal'],
    ['０８／０８／１９８５', '０８／０８／１９８５', 'newPassword', 'contains_personal'],
    ['昭和60年8月8日', '昭和60年8月8日', 'newPassword', 'contains_personal'],
    ['S60.08.08', 'S60.08.08', 'newPassword', 'contains_personal'],
    ['my19850808pw', 'my19850808pw', 'newPassword', 'contains_personal'],
  ])('refuses %s', async (newPassword, confirmPassword, field, code) => {
    const p = await env.register('1985-08-08');
    await env.ok('k1', 'library.login', { cardNumber: p.cardNumber, password: '0808' });
    const result = await env.call('k1', 'library.password.change', { newPassword, confirmPassword });
    expect(result).toEqual({ ok: false, error: { code: 'invalid_input', fields: { [field]: code } } });
    expect((await env.ok('k1', 'session.current', {}))?.requiredAction).toBe('change_password');
  });

  it('refuses the card number itself', async () => {
    const p = await env.register('1985-08-08');
    await env.ok('k1', 'library.login', { cardNumber: p.cardNumber, password: '0808' });
    const result = await env.call('k1', 'library.password.change', { newPassword: p.cardNumber, confirmPassword: p.cardNumber });
    expect(result).toEqual({ ok: false, error: { code: 'invalid_input', fields: { newPassword: 'contains_personal' } } });
  });

  it('is not a way to change the password without the current one once the change is done', async () => {
    await env.ready('k1', 'quiet-river-42');
    const result = await env.call('k1', 'library.password.change', { newPassword: 'other-river-43', confirmPassword: 'other-river-43' });
    expect(result).toEqual({ ok: false, error: { code: 'not_allowed' } });
  });
});

describe('card number input', () => {
  it('accepts full-width digits and hyphens', async () => {
    const p = await env.ready('k1', 'quiet-river-42');
    const wide = p.cardNumber.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    const typed = `${wide.slice(0, 4)}-${wide.slice(4)}`;
    expect((await env.ok('k2', 'library.login', { cardNumber: typed, password: 'quiet-river-42' })).loginId).toBe(p.cardNumber);
  });

  it('refuses anything but 13 digits as a field error', async () => {
    expect(await env.call('k1', 'library.login', { cardNumber: '123456789012', password: 'x' })).toEqual({
      ok: false,
      error: { code: 'invalid_input', fields: { cardNumber: 'format' } },
    });
  });
});

describe('利用中止', () => {
  it('locks after 3 failures while the initial password is in place, with one generic answer', async () => {
    const p = await env.register('1985-08-08');
    for (let i = 0; i < 3; i++) expect(await env.call('k1', 'library.login', { cardNumber: p.cardNumber, password: '1234' })).toEqual(loginFailed);
    expect((await env.app.services.accounts.get(p.accountId))?.locked).toBe(true);
    expect(await env.call('k1', 'library.login', { cardNumber: p.cardNumber, password: '0808' })).toEqual(loginFailed);
    expect(await env.call('k1', 'library.login', { cardNumber: '2999999999990', password: '0808' })).toEqual(loginFailed);
    expect((await env.app.services.audit.list({ action: 'account.locked' }))[0]).toMatchObject({ target: `patron:${p.cardNumber}` });
  });

  it('locks after 5 failures once a chosen password is in place; a success in between starts the count again', async () => {
    const p = await env.ready('k1', 'quiet-river-42');
    for (let i = 0; i < 4; i++) await env.login('k2', { ...p, password: 'wrong-guess' });
    expect(await env.app.services.accounts.get(p.accountId)).toMatchObject({ locked: false, consecutiveFailures: 4 });
    expect((await env.login('k2', p)).ok).toBe(true);
    for (let i = 0; i < 4; i++) await env.login('k3', { ...p, password: 'wrong-guess' });
    expect((await env.app.services.accounts.get(p.accountId))?.locked).toBe(false);
    expect(await env.login('k3', { ...p, password: 'wrong-guess' })).toEqual(loginFailed);
    expect((await env.app.services.accounts.get(p.accountId))?.locked).toBe(true);
    // The sessions the patron had end at once.
    expect(await env.call('k1', 'library.summary', {})).toEqual({ ok: false, error: { code: 'unauthorized' } });
    // k3 has failed five times: it first waits out the terminal throttle (not the subject here).
    env.clock.advance(env.app.services.login.throttle.waitSeconds('k3') * 1000);
    expect(await env.login('k3', p)).toEqual(loginFailed);
  });

  it('follows the configured thresholds', async () => {
    await env.close();
    env = await file.open({ library: { loginLockThreshold: 2, initialPasswordLockThreshold: 1 } });
    const fresh = await env.register('1985-08-08');
    await env.login('k1', { ...fresh, password: '9999' });
    expect((await env.app.services.accounts.get(fresh.accountId))?.locked).toBe(true);
    const p = await env.ready('k1', 'quiet-river-42');
    await env.login('k2', { ...p, password: 'nope-nope' });
    expect((await env.app.services.accounts.get(p.accountId))?.locked).toBe(false);
    await env.login('k2', { ...p, password: 'nope-nope' });
    expect((await env.app.services.accounts.get(p.accountId))?.locked).toBe(true);
  });
});

describe('password reset at the counter', () => {
  it('puts the MMDD password back, to be changed at the next login, and ends open sessions', async () => {
    const p = await env.ready('k1', 'quiet-river-42');
    await env.lib.registration.resetPassword(p.accountId, STAFF);
    expect(await env.call('k1', 'library.summary', {})).toEqual({ ok: false, error: { code: 'unauthorized' } });
    expect(await env.login('k2', p)).toEqual(loginFailed);
    const session = await env.ok('k2', 'library.login', { cardNumber: p.cardNumber, password: '0808' });
    expect(session.requiredAction).toBe('change_password');
    expect((await env.app.services.audit.list({ action: 'patron.password_reset' }))[0]).toMatchObject({
      actor: STAFF.actor,
      target: `patron:${p.cardNumber}`,
    });
  });
});
