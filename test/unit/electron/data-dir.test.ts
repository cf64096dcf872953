import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveDataDir } from '../../../src-main/electron/data-dir';

const userData = '/home/kiosk/.config/Madoguchi';

describe('data folder', () => {
  it("defaults to Electron's per-user folder", () => {
    expect(resolveDataDir({ argv: ['electron', '.'], env: {}, userData })).toBe(userData);
  });

  it('takes MADOGUCHI_DATA_DIR over the default', () => {
    expect(resolveDataDir({ argv: [], env: { MADOGUCHI_DATA_DIR: '/srv/madoguchi' }, userData })).toBe('/srv/madoguchi');
  });

  it('takes --data-dir=<path> or --data-dir <path> over the environment', () => {
    const env = { MADOGUCHI_DATA_DIR: '/srv/env' };
    expect(resolveDataDir({ argv: ['electron', '.', '--data-dir=/srv/arg'], env, userData })).toBe('/srv/arg');
    expect(resolveDataDir({ argv: ['madoguchi', '--data-dir', '/srv/arg2'], env, userData })).toBe('/srv/arg2');
  });

  it('makes a relative path absolute', () => {
    expect(resolveDataDir({ argv: ['--data-dir=data'], env: {}, userData })).toBe(resolve('data'));
  });

  it('ignores an empty value instead of using the working folder', () => {
    expect(resolveDataDir({ argv: ['--data-dir='], env: { MADOGUCHI_DATA_DIR: ' ' }, userData })).toBe(userData);
    expect(resolveDataDir({ argv: ['--data-dir'], env: {}, userData })).toBe(userData);
  });
});
