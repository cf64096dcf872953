import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../src-main/config/load';
import { sip2Password, sip2TlsCa } from '../../../src-main/config/sip2-secrets';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'madoguchi-config-sip2-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const load = (library: Record<string, unknown>) => loadConfig({ dataDir: dir, env: {}, overrides: { library } as never });

describe('library.system and library.sip2', () => {
  it('defaults to the local store with no sip2 section', () => {
    const config = loadConfig({ dataDir: dir, env: {} });
    expect(config.library.system).toBe('local');
    expect(config.library.sip2).toBeUndefined();
  });

  it('fills the sip2 defaults', () => {
    const config = load({ system: 'sip2', sip2: { host: 'ils.example.jp', user: 'kiosk', passwordEnv: 'SIP_PW' } });
    expect(config.library.sip2).toEqual({
      host: 'ils.example.jp',
      port: 6001,
      tls: false,
      user: 'kiosk',
      passwordEnv: 'SIP_PW',
      locationCode: '',
      institutionId: '',
      encoding: 'utf-8',
      timeoutMs: 10_000,
      poolSize: 2,
      statusEverySeconds: 180,
    });
  });

  it('requires the sip2 section when system is sip2, and a password source in it', () => {
    expect(() => load({ system: 'sip2' })).toThrowError(/library\.sip2: library\.system is sip2/);
    expect(() => load({ system: 'sip2', sip2: { host: 'h', user: 'u' } })).toThrowError(/library\.sip2\.passwordEnv: passwordEnv or passwordFile is required/);
    expect(() => load({ sip2: { host: 'h', user: 'u', passwordEnv: 'A', passwordFile: 'f' } })).toThrowError(/one way only/);
  });

  it('refuses bad values and unknown keys (a password written into config.json)', () => {
    expect(() => load({ system: 'z39' })).toThrowError(/library\.system/);
    expect(() => load({ sip2: { host: 'h', user: 'u', passwordEnv: 'P', encoding: 'euc-jp' } })).toThrowError(/library\.sip2\.encoding/);
    expect(() => load({ sip2: { host: 'h', user: 'u', passwordEnv: 'P', port: 70000 } })).toThrowError(/library\.sip2\.port/);
    expect(() => load({ sip2: { host: 'h', user: 'u', passwordEnv: 'P', statusEverySeconds: 1 } })).toThrowError(/statusEverySeconds/);
    expect(() => load({ sip2: { host: 'h', user: 'u', password: 'plain' } })).toThrowError(/password/);
  });

  it('reads the password from the environment or a file, and names the key when it cannot', () => {
    const fromEnv = load({ sip2: { host: 'h', user: 'u', passwordEnv: 'SIP_PW' } }).library.sip2;
    if (!fromEnv) throw new Error('no sip2');
    expect(sip2Password(fromEnv, { dataDir: dir, env: { SIP_PW: 's3cret' } })).toBe('s3cret');
    expect(() => sip2Password(fromEnv, { dataDir: dir, env: {} })).toThrowError(ConfigError);
    expect(() => sip2Password(fromEnv, { dataDir: dir, env: {} })).toThrowError(/library\.sip2\.passwordEnv: the environment variable SIP_PW is not set/);

    const fromFile = load({ sip2: { host: 'h', user: 'u', passwordFile: 'sip.pw', tls: true, tlsCaFile: 'ca.pem' } }).library.sip2;
    if (!fromFile) throw new Error('no sip2');
    expect(() => sip2Password(fromFile, { dataDir: dir, env: {} })).toThrowError(/library\.sip2\.passwordFile: cannot read .*sip\.pw \(ENOENT\)/);
    writeFileSync(join(dir, 'sip.pw'), '\n');
    expect(() => sip2Password(fromFile, { dataDir: dir, env: {} })).toThrowError(/is empty/);
    writeFileSync(join(dir, 'sip.pw'), 'file-secret\r\n');
    expect(sip2Password(fromFile, { dataDir: dir, env: {} })).toBe('file-secret');
    expect(() => sip2TlsCa(fromFile, dir)).toThrowError(/library\.sip2\.tlsCaFile/);
    writeFileSync(join(dir, 'ca.pem'), 'PEM');
    expect(sip2TlsCa(fromFile, dir)).toBe('PEM');
  });
});
