// The Electron adapter: each slip is loaded into a hidden window of its own and printed silently to
// the configured printer with an explicit page size in microns — 58 mm → 58000 wide, a roll as long
// as the slip; A4 210000 × 297000. The window is destroyed after the job, printed or not.
import { PrintError, type PrintResult, type SlipPrinter } from './slip-printer';
import { printFailureOf } from './print-failure';
import type { Slip } from './slip';
import { loadSlip, type OpenSlipWindow, pageFor, type SlipPrintOptions, type SlipWebContents } from './slip-window';

export interface ElectronPrinterOptions {
  openWindow: OpenSlipWindow;
  /** The OS's name of the printer (print.deviceName); null: the system's default printer. */
  deviceName: string | null;
  /**
   * How long a job may take to be handed over. A printer that is off can leave the callback
   * waiting on some systems; the kiosk then says the printer does not answer.
   */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 60_000;

function printOnce(contents: SlipWebContents, options: SlipPrintOptions, timeoutMs: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new PrintError('offline', 'no answer from the printer')), timeoutMs);
    contents.print(options, (success, failureReason) => {
      clearTimeout(timer);
      if (success) resolve();
      else reject(new PrintError(printFailureOf(failureReason), failureReason));
    });
  });
}

export class ElectronSlipPrinter implements SlipPrinter {
  readonly adapter = 'electron' as const;

  constructor(private readonly options: ElectronPrinterOptions) {}

  async print(slip: Slip): Promise<PrintResult> {
    const window = this.options.openWindow();
    try {
      await loadSlip(window.webContents, slip.html);
      const page = await pageFor(window.webContents, slip.paper);
      await printOnce(
        window.webContents,
        {
          silent: true,
          printBackground: true,
          ...(this.options.deviceName ? { deviceName: this.options.deviceName } : {}),
          pageSize: { width: page.widthMicrons, height: page.heightMicrons },
          margins: { marginType: 'default' },
          landscape: false,
        },
        this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      );
      return { kind: 'printed' };
    } finally {
      window.destroy();
    }
  }
}
