// The installed executable runs madoguchi-admin itself (`madoguchi --admin …`), with the machine's
// data folder as the default, since the RunAsNode fuse keeps it from running cli.js as Node.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { adminArguments, runAdminMode } from '../../../src-main/electron/admin-mode';
import { app, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));
const runCli = vi.hoisted(() => vi.fn((..._args: unknown[]) => Promise.resolve(3)));
vi.mock('../../../src-main/cli', () => ({ runCli }));

afterEach(() => resetFakeElectron());

describe('admin mode', () => {
  it('takes the arguments after --admin, and nothing without it', () => {
    expect(adminArguments(['/opt/Madoguchi/madoguchi', '--ozone-platform=headless', '--admin', 'backup', 'b.sqlite'])).toEqual(['backup', 'b.sqlite']);
    expect(adminArguments(['C:\\Program Files\\Madoguchi\\Madoguchi.exe', '--admin'])).toEqual([]);
    expect(adminArguments(['/opt/Madoguchi/madoguchi', '--data-dir=/srv/m'])).toBeNull();
  });

  it('runs the CLI as the installed one when packaged, and exits with its code', async () => {
    await runAdminMode(['--version'], {});
    expect(runCli.mock.calls[0]?.[0]).toEqual(['--version']);
    expect(runCli.mock.calls[0]?.[4]).toBe('installed');
    expect(app.exit).toHaveBeenCalledWith(3);

    app.isPackaged = false;
    await runAdminMode(['status'], {});
    expect(runCli.mock.calls[1]?.[4]).toBe('development');
  });
});
