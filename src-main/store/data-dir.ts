// The data folder holds everything the app keeps. It is checked before anything else opens files
// in it, so a missing disk or a read-only folder ends start-up with one clear sentence.
import { accessSync, constants, mkdirSync } from 'node:fs';
import { StoreError } from './store';

export function ensureDataDir(dataDir: string): void {
  try {
    mkdirSync(dataDir, { recursive: true });
    accessSync(dataDir, constants.R_OK | constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new StoreError('unwritable', `The data folder ${dataDir} cannot be created or written (${code}).`);
  }
}
