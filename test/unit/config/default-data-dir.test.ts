// The CLI and the app must default to one data folder (issue 13: the CLI's ./.data let an operator
// load demo PINs into a second database beside the kiosk's).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src-main/cli';
import { appDataDir, defaultDataDir, installedDataDir, machineDataDir } from '../../../src-main/config/default-data-dir';
import { scriptedIO } from '../../integration/cli/cli-env';

describe('the default data folder', () => {
  it('is the platform application-data folder that Electron uses, plus madoguchi', () => {
    expect(defaultDataDir(appDataDir({ platform: 'linux', env: {}, home: '/home/kiosk' }))).toBe('/home/kiosk/.config/madoguchi');
    expect(appDataDir({ platform: 'linux', env: { XDG_CONFIG_HOME: '/srv/xdg' }, home: '/home/kiosk' })).toBe('/srv/xdg');
    expect(appDataDir({ platform: 'win32', env: { APPDATA: 'C:\\Users\\kiosk\\AppData\\Roaming' }, home: 'C:\\Users\\kiosk' })).toBe(
      'C:\\Users\\kiosk\\AppData\\Roaming',
    );
    expect(appDataDir({ platform: 'darwin', env: {}, home: '/Users/kiosk' })).toBe('/Users/kiosk/Library/Application Support');
  });

  it("is one folder for the whole machine when installed: %ProgramData%\\Madoguchi, /var/lib/madoguchi", () => {
    const win = { platform: 'win32' as const, env: { ProgramData: 'D:\\ProgramData', APPDATA: 'C:\\Users\\kiosk\\AppData\\Roaming' }, home: 'C:\\Users\\kiosk' };
    expect(machineDataDir('installed', win)).toBe('D:\\ProgramData\\Madoguchi');
    expect(installedDataDir({ platform: 'win32', env: {} })).toBe('C:\\ProgramData\\Madoguchi');
    const linux = { platform: 'linux' as const, env: { XDG_CONFIG_HOME: '/home/kiosk/.xdg' }, home: '/home/kiosk' };
    expect(machineDataDir('installed', linux)).toBe('/var/lib/madoguchi');
    // Whoever runs it: the folder does not follow the user.
    expect(machineDataDir('installed', { ...linux, home: '/root', env: {} })).toBe('/var/lib/madoguchi');
  });

  it("is the user's own application-data folder in development", () => {
    expect(machineDataDir('development', { platform: 'linux', env: {}, home: '/home/dev' })).toBe('/home/dev/.config/madoguchi');
    expect(machineDataDir('development', { platform: 'win32', env: { APPDATA: 'C:\\Users\\dev\\AppData\\Roaming' }, home: 'C:\\Users\\dev' })).toBe(
      join('C:\\Users\\dev\\AppData\\Roaming', 'madoguchi'),
    );
  });

  it.runIf(process.platform === 'linux')('is what the installed CLI opens without --data-dir; MADOGUCHI_DATA_DIR still wins', async () => {
    const io = scriptedIO([]);
    await runCli(['verify-audit'], io, {}, undefined, 'installed');
    expect(io.errLines.join('\n')).toContain('/var/lib/madoguchi/madoguchi.sqlite');

    const dir = mkdtempSync(join(tmpdir(), 'madoguchi-env-'));
    try {
      const io2 = scriptedIO([]);
      await runCli(['verify-audit'], io2, { MADOGUCHI_DATA_DIR: dir }, undefined, 'installed');
      expect(io2.errLines.join('\n')).toContain(join(dir, 'madoguchi.sqlite'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.runIf(process.platform === 'linux')('is what the CLI opens without --data-dir or MADOGUCHI_DATA_DIR', async () => {
    const xdg = mkdtempSync(join(tmpdir(), 'madoguchi-xdg-'));
    try {
      const io = scriptedIO([]);
      await runCli(['verify-audit'], io, { XDG_CONFIG_HOME: xdg });
      // Nothing there yet: the message names the database it looked for, in the app's own folder.
      expect(io.errLines.join('\n')).toContain(join(xdg, 'madoguchi', 'madoguchi.sqlite'));
    } finally {
      rmSync(xdg, { recursive: true, force: true });
    }
  });
});
