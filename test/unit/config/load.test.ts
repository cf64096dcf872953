import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../src-main/config/load';

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
});
