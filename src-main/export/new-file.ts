// A file written into a folder without ever replacing one already there: the name is taken
// exclusively ('wx'), and when it exists the next numbered name is tried. Exports and printed slips
// carry names and numbers, so the file is readable by the app's user and its group only.
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';

const MAX_TRIES = 1000;

/** Writes `bytes` under the first free name `nameFor(1)`, `nameFor(2)` … in `folder`. */
export function writeNewFile(folder: string, nameFor: (n: number) => string, bytes: Uint8Array): { path: string; fileName: string } {
  mkdirSync(folder, { recursive: true });
  for (let n = 1; ; n++) {
    const fileName = nameFor(n);
    const path = join(folder, fileName);
    let fd: number;
    try {
      fd = openSync(path, 'wx', 0o640);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST' && n < MAX_TRIES) continue;
      throw error;
    }
    try {
      writeSync(fd, bytes);
    } finally {
      closeSync(fd);
    }
    return { path, fileName };
  }
}
