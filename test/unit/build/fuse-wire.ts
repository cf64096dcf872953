// A stand-in for an Electron executable: filler bytes around Electron's fuse wire, laid out as
// @electron/fuses reads it — the sentinel, one version byte (1, as a number), one length byte, then
// one byte per fuse: '0' off, '1' on, 'r' removed.
import { writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';

/** @electron/fuses' SENTINEL (dist/constants.js; its package exports only the entry point). */
export const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/** The V1 wire of a stock Electron binary (RunAsNode on, cookie encryption off, …, 9 fuses). */
export const STOCK_WIRE = '101100011';

export interface StandIn {
  wire?: string;
  version?: number;
  /** false: filler only, as a file that is not Electron (or an Electron older than 12) looks. */
  sentinel?: boolean;
}

export function writeStandInBinary(file: string, { wire = STOCK_WIRE, version = 1, sentinel = true }: StandIn = {}): void {
  // No byte of the filler may start a sentinel by chance.
  const filler = (size: number) => randomBytes(size).map((b) => (b === SENTINEL.charCodeAt(0) ? 0 : b));
  const fuseWire = sentinel ? [Buffer.from(SENTINEL, 'ascii'), Buffer.from([version, wire.length]), Buffer.from(wire, 'ascii')] : [];
  writeFileSync(file, Buffer.concat([filler(64 * 1024), ...fuseWire, filler(16 * 1024)]));
}
