// Patron login with library.system = sip2: the ILS checks the password (23, CQ); the local lockout
// still counts its "no"; a card the ILS blocks is sent to the counter; an ILS that cannot be
// reached changes nothing here.
import { afterEach, describe, expect, it } from 'vitest';
import { PATRON_BLOCKED, PATRON_HANAKO } from '../../fixtures/sip2-server/fixture';
import { openSip2LibraryEnv, type Sip2LibraryEnv } from './sip2-library-env';

let env: Sip2LibraryEnv | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

const login = (e: Sip2LibraryEnv, terminal: string, password: string, cardNumber = PATRON_HANAKO) => e.call(terminal, 'library.login', { cardNumber, password });

describe('library login against the ILS (SIP2)', () => {
  it('logs in with the ILS password, making the local row once, with the ILS name and no local password', async () => {
    env = await openSip2LibraryEnv();
    const first = await login(env, 'kiosk-1', 'hana1234');
    expect(first).toMatchObject({ ok: true, data: { kind: 'patron', displayName: '山田 花子', requiredAction: null } });
    const account = await env.app.services.accounts.findByLogin('patron', PATRON_HANAKO);
    expect(account?.displayName).toBe('山田 花子');
    expect(await env.app.services.accounts.credential(account?.id as number, 'password')).toBeUndefined();
    expect(await env.app.services.library.patrons.get(account?.id as number)).toMatchObject({ cardNumber: PATRON_HANAKO });
    await env.ok('kiosk-1', 'session.end', { reason: 'logout' });
    await env.ok('kiosk-1', 'library.login', { cardNumber: PATRON_HANAKO, password: 'hana1234' });
    expect((await env.snapshot()).accounts).toBe(1);
    // The password went to the ILS in a 23 patron status, and it is in no log line.
    expect(env.server.received.some((m) => m.startsWith('23') && m.includes('ADhana1234|'))).toBe(true);
    expect(JSON.stringify(env.logs)).not.toContain('hana1234');
  });

  it('counts a wrong password (CQ=N) on the local account: the fifth sets 利用中止 and the right one no longer logs in', async () => {
    env = await openSip2LibraryEnv();
    await env.ok('kiosk-1', 'library.login', { cardNumber: PATRON_HANAKO, password: 'hana1234' });
    await env.ok('kiosk-1', 'session.end', { reason: 'logout' });
    const id = (await env.app.services.accounts.findByLogin('patron', PATRON_HANAKO))?.id as number;
    // A machine each, so the terminal throttle does not step in before the account lock.
    for (let i = 1; i <= 4; i++) {
      expect(await login(env, `kiosk-${i}`, 'wrong-pass')).toMatchObject({ ok: false, error: { code: 'login_failed' } });
      expect((await env.app.services.accounts.get(id))?.consecutiveFailures).toBe(i);
    }
    expect((await env.app.services.accounts.get(id))?.locked).toBe(false);
    expect(await login(env, 'kiosk-5', 'wrong-pass')).toMatchObject({ ok: false, error: { code: 'login_failed' } });
    expect((await env.app.services.accounts.get(id))?.locked).toBe(true);
    expect(await login(env, 'kiosk-6', 'hana1234')).toMatchObject({ ok: false, error: { code: 'login_failed' } });
    const events = await env.app.store.all<{ action: string; outcome: string }>("SELECT action, outcome FROM audit_log WHERE action = 'account.locked' OR (action = 'patron.login' AND outcome = 'denied')");
    expect(events.length).toBeGreaterThanOrEqual(2);
  });

  it('does not make a local row for a card the ILS refuses', async () => {
    env = await openSip2LibraryEnv();
    expect(await login(env, 'kiosk-1', 'wrong-pass')).toMatchObject({ ok: false, error: { code: 'login_failed' } });
    expect(await login(env, 'kiosk-1', 'x', '1999999999999')).toMatchObject({ ok: false, error: { code: 'login_failed' } });
    expect((await env.snapshot()).accounts).toBe(0);
  });

  it('sends a card the ILS blocks (patron status flags) to the counter, with no session', async () => {
    env = await openSip2LibraryEnv();
    expect(await login(env, 'kiosk-1', 'sato5678', PATRON_BLOCKED)).toMatchObject({ ok: false, error: { code: 'library_patron_blocked' } });
    expect(await env.app.services.sessions.get('kiosk-1')).toBeUndefined();
    const id = (await env.app.services.accounts.findByLogin('patron', PATRON_BLOCKED))?.id as number;
    expect((await env.app.services.accounts.get(id))?.consecutiveFailures).toBe(0);
    // A wrong password for that card is just a wrong password.
    expect(await login(env, 'kiosk-2', 'nope', PATRON_BLOCKED)).toMatchObject({ ok: false, error: { code: 'login_failed' } });
  });

  it('with the ILS down: library_system_unavailable, no row, no failure counted', async () => {
    env = await openSip2LibraryEnv();
    await env.ok('kiosk-1', 'library.login', { cardNumber: PATRON_HANAKO, password: 'hana1234' });
    await env.ok('kiosk-1', 'session.end', { reason: 'logout' });
    await env.server.close();
    const before = await env.snapshot();
    expect(await login(env, 'kiosk-2', 'wrong-pass')).toMatchObject({ ok: false, error: { code: 'library_system_unavailable' } });
    expect(await login(env, 'kiosk-2', 'x', '1999999999999')).toMatchObject({ ok: false, error: { code: 'library_system_unavailable' } });
    expect(await env.snapshot()).toEqual(before);
    const id = (await env.app.services.accounts.findByLogin('patron', PATRON_HANAKO))?.id as number;
    expect((await env.app.services.accounts.get(id))?.consecutiveFailures).toBe(0);
  });
});
