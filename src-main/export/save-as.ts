// A copy of an export saved where the clerk chooses. The choosing is a port: the Electron app
// shows the system's save dialog (src-main/electron/save-dialog.ts); tests give a stand-in that
// answers a path; without one (a browser, the CLI) the screens do not offer it.
import { copyFileSync, existsSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DomainError } from '../domain-error';
import { EXPORTS_FOLDER } from './csv-file';

export interface SaveDialog {
  /** The path the clerk chose for a file named `defaultName`, or null when they cancelled. */
  choose(defaultName: string): Promise<string | null>;
}

export type SaveAsResult = { outcome: 'saved'; path: string } | { outcome: 'cancelled' };

export class ExportCopies {
  constructor(
    private readonly dataDir: string,
    private readonly dialog: SaveDialog | null,
  ) {}

  get available(): boolean {
    return this.dialog !== null;
  }

  async saveAs(fileName: string): Promise<SaveAsResult> {
    if (!this.dialog) throw new DomainError('not_allowed');
    // The contract already refuses folders; basename() keeps that true whatever reaches here.
    const source = join(this.dataDir, EXPORTS_FOLDER, basename(fileName));
    if (!existsSync(source) || !statSync(source).isFile()) throw new DomainError('not_found');
    const target = await this.dialog.choose(basename(fileName));
    if (target === null) return { outcome: 'cancelled' };
    copyFileSync(source, target);
    return { outcome: 'saved', path: target };
  }
}
