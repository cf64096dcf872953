// Picks the print adapter from config.print and what this process can do. Electron's pieces (the
// hidden slip window) are handed in by the Electron entry; plain Node (the CLI, the Playwright
// harness) has none unless a test hands in its own HTML → PDF renderer. An adapter this process
// cannot run leaves the terminal without printing (buttons hidden), with one line in the log.
import { isAbsolute, join } from 'node:path';
import type { Clock } from '../clock';
import type { PrintConfig } from '../config/print';
import type { Logger } from '../log';
import { ElectronSlipPrinter } from './electron-printer';
import { FileSlipPrinter } from './file-printer';
import { type HtmlToPdf, windowPdf } from './html-to-pdf';
import type { SlipPrinter } from './slip-printer';
import type { OpenSlipWindow } from './slip-window';

export interface PrintPlatform {
  /** A hidden, locked-down window for one slip (src-main/electron/print-window.ts). */
  openWindow?: OpenSlipWindow;
  /** Overrides the file adapter's renderer (tests: Playwright's Chromium). */
  toPdf?: HtmlToPdf;
}

export interface OpenPrinterOptions {
  config: PrintConfig;
  dataDir: string;
  clock: Clock;
  log: Logger;
  platform?: PrintPlatform;
}

export function printDirOf(dataDir: string, dir: string): string {
  return isAbsolute(dir) ? dir : join(dataDir, dir);
}

export function openSlipPrinter({ config, dataDir, clock, log, platform = {} }: OpenPrinterOptions): SlipPrinter | null {
  switch (config.adapter) {
    case 'none':
      return null;
    case 'electron':
      if (!platform.openWindow) {
        log.warn('print.unavailable', { adapter: 'electron', why: 'no_window' });
        return null;
      }
      return new ElectronSlipPrinter({ openWindow: platform.openWindow, deviceName: config.deviceName });
    case 'file': {
      const toPdf = platform.toPdf ?? (platform.openWindow ? windowPdf(platform.openWindow) : undefined);
      if (!toPdf) {
        log.warn('print.unavailable', { adapter: 'file', why: 'no_renderer' });
        return null;
      }
      return new FileSlipPrinter({ dir: printDirOf(dataDir, config.dir), clock, toPdf });
    }
  }
}
