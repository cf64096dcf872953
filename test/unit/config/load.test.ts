import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, storeConnectOptions } from '../../../src-main/config/load';
import { defaultTerminalName } from '../../../src-main/config/schema';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'madoguchi-config-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('config', () => {
  it('runs offline with no file: kiosk, file mail, demo data, production KDF', () => {
    const config = loadConfig({ dataDir: dir, env: {} });
    expect(config.mode).toBe('kiosk');
    expect(config.mail.smtpUrl).toBeNull();
    expect(config.demoData).toBe(true);
    expect(config.security.kdf).toEqual({ N: 2 ** 17, r: 8, p: 1 });
    expect(config.idle).toEqual({ kioskSeconds: 120, counterSeconds: 300, countdownSeconds: 20 });
  });

  it('reads config.json and lets the environment override it', () => {
    writeFileSync(join(dir, 'config.json'), JSON.stringify({ mode: 'counter', systemName: { ja: 'いみずe-予約システム', en: 'Imizu e-Reservation' } }));
    const config = loadConfig({ dataDir: dir, env: { MADOGUCHI_SMTP_URL: 'smtp://127.0.0.1:2525', MADOGUCHI_MODE: 'kiosk' } });
    expect(config.systemName.ja).toBe('いみずe-予約システム');
    expect(config.mode).toBe('kiosk');
    expect(config.mail.smtpUrl).toBe('smtp://127.0.0.1:2525');
  });

  it('names the bad key and what it expects', () => {
    writeFileSync(join(dir, 'config.json'), JSON.stringify({ mode: 'tablet', idle: { kioskSeconds: 1 } }));
    expect(() => loadConfig({ dataDir: dir, env: {} })).toThrowError(ConfigError);
    try {
      loadConfig({ dataDir: dir, env: {} });
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('config.json');
      expect(message).toMatch(/mode: .*kiosk.*counter/);
      expect(message).toMatch(/idle\.kioskSeconds: /);
    }
  });

  it('refuses unknown keys (a typo must not be silently ignored)', () => {
    writeFileSync(join(dir, 'config.json'), JSON.stringify({ mdoe: 'counter' }));
    expect(() => loadConfig({ dataDir: dir, env: {} })).toThrowError(/mdoe/);
  });

  it('explains a file that is not JSON', () => {
    writeFileSync(join(dir, 'config.json'), '{ mode: kiosk');
    expect(() => loadConfig({ dataDir: dir, env: {} })).toThrowError(/not valid JSON/);
  });

  it('refuses a KDF cost that is not a power of two', () => {
    expect(() => loadConfig({ dataDir: dir, env: {}, overrides: { security: { kdf: { N: 1000 } } } })).toThrowError(/security\.kdf\.N/);
  });

  it('refuses a mail URL that is not smtp', () => {
    expect(() => loadConfig({ dataDir: dir, env: { MADOGUCHI_SMTP_URL: 'http://example.org' } })).toThrowError(/mail\.smtpUrl/);
  });

  it('keeps the data in the data folder by default, and takes store.url from the environment', () => {
    expect(loadConfig({ dataDir: dir, env: {} }).store).toEqual({ url: null, poolSize: 4 });
    writeFileSync(join(dir, 'config.json'), JSON.stringify({ store: { url: 'postgres://kiosk@db.city.local/madoguchi', sslmode: 'verify-full', poolSize: 8 } }));
    expect(loadConfig({ dataDir: dir, env: {} }).store).toEqual({ url: 'postgres://kiosk@db.city.local/madoguchi', sslmode: 'verify-full', poolSize: 8 });
    expect(loadConfig({ dataDir: dir, env: { MADOGUCHI_STORE_URL: 'postgres://other@db2/m' } }).store.url).toBe('postgres://other@db2/m');
    expect(loadConfig({ dataDir: dir, env: { MADOGUCHI_STORE_URL: '' } }).store.url).toBeNull();
  });

  it('refuses a pool size or TLS mode it does not know', () => {
    expect(() => loadConfig({ dataDir: dir, env: {}, overrides: { store: { poolSize: 0 } } })).toThrowError(/store\.poolSize/);
    expect(() => loadConfig({ dataDir: dir, env: {}, overrides: { store: { poolSize: 33 } } })).toThrowError(/store\.poolSize/);
    writeFileSync(join(dir, 'config.json'), JSON.stringify({ store: { sslmode: 'prefer' } }));
    expect(() => loadConfig({ dataDir: dir, env: {} })).toThrowError(/store\.sslmode/);
  });

  it('names the terminal after the host unless told, within 1–64 safe characters', () => {
    expect(loadConfig({ dataDir: dir, env: {} }).terminal.name).toBe(defaultTerminalName());
    expect(defaultTerminalName()).toMatch(/^[A-Za-z0-9._-]{1,64}$/);
    expect(defaultTerminalName('窓口 PC #3.city.local')).toBe('PC-3.city.local');
    expect(defaultTerminalName('窓口')).toBe('terminal');
    expect(defaultTerminalName('x'.repeat(100))).toHaveLength(64);
    expect(loadConfig({ dataDir: dir, env: {}, overrides: { terminal: { name: 'kiosk-lobby.1' } } }).terminal.name).toBe('kiosk-lobby.1');
    for (const name of ['', 'has space', 'a/b', 'x'.repeat(65)]) {
      expect(() => loadConfig({ dataDir: dir, env: {}, overrides: { terminal: { name } } }), name).toThrowError(/terminal\.name/);
    }
  });

  it('reads the database password from the variable or file config names, and names the key when it cannot', () => {
    const store = (over: object) => loadConfig({ dataDir: dir, env: {}, overrides: { store: { url: 'postgres://kiosk@db/m', ...over } } }).store;
    expect(storeConnectOptions(store({}), { dataDir: dir, env: {} })).toEqual({ poolSize: 4 });
    expect(storeConnectOptions(store({ passwordEnv: 'MADOGUCHI_DB_PASSWORD', sslmode: 'require' }), { dataDir: dir, env: { MADOGUCHI_DB_PASSWORD: 's3cret' } })).toEqual({
      password: 's3cret',
      sslmode: 'require',
      poolSize: 4,
    });
    expect(() => storeConnectOptions(store({ passwordEnv: 'MADOGUCHI_DB_PASSWORD' }), { dataDir: dir, env: {} })).toThrowError(/store\.passwordEnv: .*MADOGUCHI_DB_PASSWORD/);

    writeFileSync(join(dir, 'db-password'), 'from-a-file\n');
    expect(storeConnectOptions(store({ passwordFile: 'db-password' }), { dataDir: dir, env: {} }).password).toBe('from-a-file');
    expect(storeConnectOptions(store({ passwordFile: join(dir, 'db-password') }), { dataDir: '/elsewhere', env: {} }).password).toBe('from-a-file');
    let error: unknown;
    try {
      storeConnectOptions(store({ passwordFile: 'missing' }), { dataDir: dir, env: {} });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(/^store\.passwordFile: cannot read .*missing \(ENOENT\)/);
    expect(() => storeConnectOptions(store({ passwordFile: 'db-password', passwordEnv: 'X' }), { dataDir: dir, env: { X: 'y' } })).toThrowError(/one way only/);
    expect(() => loadConfig({ dataDir: dir, env: {}, overrides: { store: { passwordEnv: 'not a name' } } })).toThrowError(/store\.passwordEnv/);
  });
});
