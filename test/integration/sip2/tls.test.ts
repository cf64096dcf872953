// SIP2 over TLS: a certificate from the configured CA is accepted, an unknown one refused.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PATRON_HANAKO } from '../../fixtures/sip2-server/fixture';
import { type Sip2Env, sip2Env } from './sip2-env';

let dir: string;
let key: string;
let cert: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'madoguchi-sip2-tls-'));
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
  key = readFileSync(join(dir, 'key.pem'), 'utf8');
  cert = readFileSync(join(dir, 'cert.pem'), 'utf8');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let env: Sip2Env | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

describe('SIP2 over TLS', () => {
  it('talks to a server whose certificate the configured CA signed', async () => {
    env = await sip2Env({ tls: { key, cert }, encoding: 'shift_jis' }, { tls: { ca: cert } });
    expect((await env.client.patronStatus({ patronId: PATRON_HANAKO })).personalName).toBe('山田 花子');
    expect(env.log.entries.find((e) => e.event === 'sip2.connect')?.detail).toMatchObject({ outcome: 'ok', tls: true });
  });

  it('refuses a certificate it cannot check: "unavailable", nothing sent', async () => {
    env = await sip2Env({ tls: { key, cert } }, { tls: true });
    await expect(env.client.scStatus()).rejects.toMatchObject({ name: 'Sip2Error', reason: 'unavailable' });
    expect(env.server.received).toEqual([]);
  });
});
