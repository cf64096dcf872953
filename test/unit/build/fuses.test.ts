// The fuse hook, run on a stand-in file that carries Electron's fuse wire (no Electron binary can
// be downloaded here), read back with @electron/fuses itself.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import afterPack, { packedExecutable } from '../../../build/after-pack';
import type { AfterPackContext } from 'electron-builder';
import { flipMadoguchiFuses } from '../../../build/fuses';
import { SENTINEL, STOCK_WIRE, writeStandInBinary } from './fuse-wire';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'madoguchi-fuses-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const ON = FuseState.ENABLE;
const OFF = FuseState.DISABLE;

describe('the fuses flipped after packing', () => {
  it('turns off Node, NODE_OPTIONS and --inspect, and turns on asar integrity, asar-only and cookie encryption', async () => {
    const exe = join(dir, 'Madoguchi.exe');
    writeStandInBinary(exe);
    const before = await getCurrentFuseWire(exe);
    expect(before[FuseV1Options.RunAsNode]).toBe(ON);
    expect(before[FuseV1Options.OnlyLoadAppFromAsar]).toBe(OFF);

    await flipMadoguchiFuses(exe);

    const wire = await getCurrentFuseWire(exe);
    expect(wire.version).toBe('1');
    expect(wire[FuseV1Options.RunAsNode]).toBe(OFF);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(OFF);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(OFF);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(ON);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(ON);
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(ON);
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(OFF);
    expect(wire[FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]).toBe(OFF);
    expect(wire[FuseV1Options.WasmTrapHandlers]).toBe(ON);
  });

  it('changes only the fuse bytes of the file', async () => {
    const exe = join(dir, 'madoguchi');
    writeStandInBinary(exe);
    const before = readFileSync(exe);
    await flipMadoguchiFuses(exe);
    const after = readFileSync(exe);
    expect(after.length).toBe(before.length);
    const changed = [...after.keys()].filter((i) => after[i] !== before[i]);
    const wireStart = before.indexOf(SENTINEL) + SENTINEL.length + 2;
    expect(changed.every((i) => i >= wireStart && i < wireStart + STOCK_WIRE.length)).toBe(true);
    expect(after.subarray(wireStart, wireStart + STOCK_WIRE.length).toString('ascii')).toBe('010011001');
  });

  it('fails the build on a binary without a fuse wire, of another wire version, or with a fuse nobody decided on', async () => {
    const noSentinel = join(dir, 'no-sentinel');
    writeStandInBinary(noSentinel, { sentinel: false });
    await expect(flipMadoguchiFuses(noSentinel)).rejects.toThrow(/sentinel/);

    const v2 = join(dir, 'v2');
    writeStandInBinary(v2, { version: 2 });
    await expect(flipMadoguchiFuses(v2)).rejects.toThrow(/version/);

    // A future Electron with a tenth fuse: strictlyRequireAllFuses stops the build until this
    // project decides about it in build/fuses.ts.
    const longer = join(dir, 'longer');
    writeStandInBinary(longer, { wire: `${STOCK_WIRE}1` });
    await expect(flipMadoguchiFuses(longer)).rejects.toThrow(/strictlyRequireAllFuses/);
  });
});


describe('the afterPack hook', () => {
  const packager = (extra: object = {}) => ({ appInfo: { productFilename: 'Madoguchi' }, ...extra }) as unknown as AfterPackContext['packager'];

  it('finds the executable electron-builder packed: Madoguchi.exe on Windows, the executable name on Linux', () => {
    expect(packedExecutable({ appOutDir: 'C:/dist/win-unpacked', electronPlatformName: 'win32', packager: packager() })).toBe(
      join('C:/dist/win-unpacked', 'Madoguchi.exe'),
    );
    expect(packedExecutable({ appOutDir: '/dist/linux-unpacked', electronPlatformName: 'linux', packager: packager({ executableName: 'madoguchi' }) })).toBe(
      '/dist/linux-unpacked/madoguchi',
    );
  });

  it('flips the fuses of that executable', async () => {
    const exe = join(dir, 'madoguchi');
    writeStandInBinary(exe);
    await afterPack({ appOutDir: dir, electronPlatformName: 'linux', packager: packager({ executableName: 'madoguchi' }) } as AfterPackContext);
    const wire = await getCurrentFuseWire(exe);
    expect(wire[FuseV1Options.RunAsNode]).toBe(OFF);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(ON);
  });
});
