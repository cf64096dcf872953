// The CLI and the app must default to one data folder (issue 13: the CLI's ./.data let an operator
// load demo PINs into a second database beside the kiosk's).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src-main/cli';
import { appDataDir, defaultDataDir } from '../../../src-main/config/default-data-dir';
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
