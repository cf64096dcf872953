// Each way an ILS misbehaves ends the call with a Sip2Error of the right reason, never a crash,
// and the next call works again (on a fresh connection where the old one was in doubt).
import { afterEach, describe, expect, it } from 'vitest';
import { Sip2Error, type Sip2ErrorReason } from '../../../src-main/library-system/sip2/errors';
import { frameMessage } from '../../../src-main/library-system/sip2/framing';
import { PATRON_HANAKO } from '../../fixtures/sip2-server/fixture';
import type { Fault } from '../../fixtures/sip2-server/server';
import { SIP_PASSWORD, type Sip2Env, sip2Env } from './sip2-env';

let env: Sip2Env | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

async function reasonOf(promise: Promise<unknown>): Promise<Sip2ErrorReason> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(Sip2Error);
    return (error as Sip2Error).reason;
  }
  throw new Error('expected a Sip2Error');
}

const status = () => (env as Sip2Env).client.patronStatus({ patronId: PATRON_HANAKO, patronPassword: 'hana1234' });

describe('SIP2 faults', () => {
  const cases: [string, Fault, number, Sip2ErrorReason][] = [
    ['an answer later than the timeout', { kind: 'delay', ms: 1_500 }, 1, 'timeout'],
    ['a connection dropped halfway through an answer', { kind: 'drop' }, 1, 'unavailable'],
    ['a wrong checksum, again after the resend', { kind: 'corrupt-checksum' }, 2, 'checksum'],
    ['garbage', { kind: 'garbage' }, 1, 'garbled'],
    ['a truncated answer', { kind: 'truncate' }, 1, 'garbled'],
    ['an answer to another sequence number', { kind: 'wrong-sequence' }, 1, 'garbled'],
    ['the ILS asking for our message again, twice', { kind: 'ask-resend' }, 2, 'checksum'],
  ];

  it.each(cases)('%s → %s, and the next call works', async (_name, fault, times, reason) => {
    env = await sip2Env();
    await status();
    env.server.fault(fault, times);
    expect(await reasonOf(status())).toBe(reason);
    expect((await status()).personalName).toBe('山田 花子');
    const failed = env.log.entries.find((e) => e.event === 'sip2.exchange' && e.detail?.outcome === reason);
    expect(failed?.level).toBe('warn');
  });

  it('recovers by itself from one wrong checksum (97) and from one resend request (96)', async () => {
    env = await sip2Env();
    env.server.fault({ kind: 'corrupt-checksum' });
    expect((await status()).personalName).toBe('山田 花子');
    expect(env.server.received).toContain('97');
    expect(env.log.entries.find((e) => e.detail?.askedResend)?.detail?.outcome).toBe('ok');
    env.server.fault({ kind: 'ask-resend' });
    expect((await status()).personalName).toBe('山田 花子');
    expect(env.log.entries.find((e) => e.detail?.resent)?.detail?.outcome).toBe('ok');
  });

  it('a delay within the timeout is only slow', async () => {
    env = await sip2Env();
    env.server.fault({ kind: 'delay', ms: 200 });
    expect((await status()).personalName).toBe('山田 花子');
  });

  it('a refused login is "refused", backs off, and logs in again once the ILS accepts', async () => {
    env = await sip2Env();
    env.server.refuseLogins(true);
    expect(await reasonOf(status())).toBe('refused');
    // Within the back-off the client does not knock again.
    const logins = env.server.logins;
    expect(await reasonOf(status())).toBe('unavailable');
    expect(env.server.logins).toBe(logins);
    env.server.refuseLogins(false);
    await new Promise((r) => setTimeout(r, 50));
    expect((await status()).personalName).toBe('山田 花子');
  });

  it('an ILS restart (every connection closed, logins forgotten) costs one call at most', async () => {
    env = await sip2Env();
    await status();
    env.server.dropAll();
    await new Promise((r) => setTimeout(r, 20));
    // The pool sees the close before the next call and opens a new, logged-in connection.
    expect((await status()).personalName).toBe('山田 花子');
    expect(env.server.logins).toBe(2);
  });

  it('an ILS that is down is "unavailable" at once, and reachable again after the back-off', async () => {
    env = await sip2Env();
    const { port } = env.server;
    await env.server.close();
    expect(await reasonOf(status())).toBe('unavailable');
    expect(await reasonOf(status())).toBe('unavailable');
    expect(env.log.entries.some((e) => e.event === 'sip2.connect' && e.detail?.outcome === 'unavailable')).toBe(true);
    expect(port).toBeGreaterThan(0);
  });

  it('the server requires a login first: a connection that skips it is closed', async () => {
    env = await sip2Env();
    const { connect } = await import('node:net');
    const socket = connect({ host: env.server.host, port: env.server.port });
    await new Promise((r) => socket.once('connect', r));
    const closed = new Promise((r) => socket.once('close', r));
    socket.write(frameMessage(Buffer.from('9900802.00'), 0));
    await closed;
    expect(env.server.received.at(-1)).toBe('9900802.00');
  });

  it('never logs the SIP password, a patron password or any field value', async () => {
    env = await sip2Env();
    await status();
    await env.client.checkout({ patronId: PATRON_HANAKO, patronPassword: 'hana1234', itemId: 'I001' });
    env.server.fault({ kind: 'garbage' });
    await reasonOf(status());
    const text = JSON.stringify(env.log.entries);
    for (const secret of [SIP_PASSWORD, 'hana1234', PATRON_HANAKO, '山田', 'I001', 'CO', 'AD']) expect(text).not.toContain(secret);
    const exchange = env.log.entries.find((e) => e.event === 'sip2.exchange');
    expect(exchange?.detail).toMatchObject({ message: '93', answer: '94', outcome: 'ok' });
    expect(typeof exchange?.detail?.ms).toBe('number');
  });
});
