// The print port. A slip goes to the configured printer (Electron adapter) or into a PDF in the
// data folder (file adapter); a site without a printer has no adapter at all, and the screens hide
// their print buttons. A printer that refuses the job is a PrintError with a reason from a closed
// list, which the screen words: the flow that led to the slip is already complete by then.
import type { Slip } from './slip';

export const printFailures = [
  /** The printer is switched off, unplugged or not answering. */
  'offline',
  /** The roll or tray is empty, or the cover is open. */
  'out_of_paper',
  /** The job was cancelled (at the printer or in the OS queue). */
  'cancelled',
  /** The configured printer (print.deviceName) does not exist or refused the page settings. */
  'invalid_settings',
  /** Anything else the printer or the OS reported. */
  'failed',
] as const;
export type PrintFailure = (typeof printFailures)[number];

export class PrintError extends Error {
  override name = 'PrintError';
  constructor(readonly reason: PrintFailure, detail?: string) {
    super(detail ? `${reason}: ${detail}` : reason);
  }
}

export type PrintResult =
  | { kind: 'printed' }
  /** The file adapter: the PDF's name and full path in the data folder's prints/. */
  | { kind: 'saved'; fileName: string; path: string };

export interface SlipPrinter {
  readonly adapter: 'electron' | 'file';
  print(slip: Slip): Promise<PrintResult>;
}
