// The Electron fuses Madoguchi ships with, and the one function that flips them in a packed binary.
// Fuses are bits compiled into the Electron executable that switch whole features off; they are set
// after packing and before signing, so a signed installer cannot be turned back into a general
// Node runtime. Every fuse of the V1 wire is set explicitly (strictlyRequireAllFuses), so an Electron
// upgrade that adds a fuse fails the build until someone decides about it here.
import { FuseState, FuseV1Options, FuseVersion, flipFuses, getCurrentFuseWire, type FuseV1Config } from '@electron/fuses';

export const MADOGUCHI_FUSES = {
  version: FuseVersion.V1,
  strictlyRequireAllFuses: true,
  // ELECTRON_RUN_AS_NODE would turn the signed kiosk executable into a plain Node.js that runs any
  // script with the kiosk user's rights (and the data folder's database and audit key).
  [FuseV1Options.RunAsNode]: false,
  // Cookies on disk are encrypted with the OS key store; the app keeps no credential in a cookie,
  // but nothing in the profile folder should be readable as plain text.
  [FuseV1Options.EnableCookieEncryption]: true,
  // NODE_OPTIONS=--require=… would inject code into main before any of ours runs.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  // --inspect / --inspect-brk would open a debugger port into main (the store, the audit key).
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // app.asar is checked against the hash embedded at build time (Windows and macOS; Linux has no
  // support yet), so an edited app.asar does not start.
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  // Without it Electron would also load an app/ folder or a loose app.asar placed beside ours,
  // which the integrity check above does not cover.
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  // Madoguchi has no browser-process V8 snapshot of its own.
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  // The renderer is served from our own app:// scheme (electron/protocol.ts), never file://.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  // Electron's default; WebAssembly memory checks stay on.
  [FuseV1Options.WasmTrapHandlers]: true,
} as const satisfies FuseV1Config;

const FUSE_IDS = Object.values(FuseV1Options).filter((v): v is FuseV1Options => typeof v === 'number');

/** What the wire must read after flipping: '1' for on, '0' for off, per fuse. */
export function expectedFuseStates(): Record<FuseV1Options, FuseState> {
  const states = {} as Record<FuseV1Options, FuseState>;
  for (const id of FUSE_IDS) states[id] = MADOGUCHI_FUSES[id] ? FuseState.ENABLE : FuseState.DISABLE;
  return states;
}

/**
 * Flips Madoguchi's fuses in the Electron executable at `binaryPath` (the .exe on Windows, the
 * renamed electron binary on Linux) and reads them back: a wire that does not read as written —
 * a fuse Electron marked removed, a binary with no wire — fails the build instead of shipping
 * an unhardened installer.
 */
export async function flipMadoguchiFuses(binaryPath: string): Promise<void> {
  await flipFuses(binaryPath, MADOGUCHI_FUSES);
  const wire = await getCurrentFuseWire(binaryPath);
  const expected = expectedFuseStates();
  const wrong = FUSE_IDS.filter((id) => wire[id] !== expected[id]).map((id) => `${FuseV1Options[id]}=${describe(wire[id])}`);
  if (wrong.length) throw new Error(`fuses did not take in ${binaryPath}: ${wrong.join(', ')}`);
}

function describe(state: FuseState | undefined): string {
  if (state === undefined) return 'missing';
  return FuseState[state] ?? `0x${state.toString(16)}`;
}
