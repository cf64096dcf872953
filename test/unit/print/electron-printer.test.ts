// The Electron adapter against a fake window: it prints only after did-finish-load, always with
// silent, the configured printer and the page size in microns (a 58 mm roll as long as the slip,
// A4 as A4), destroys its window whatever happens, and turns Electron's failure sentences into
// typed reasons. printToPDF gets the same page in inches.
import { describe, expect, it } from 'vitest';
import { ElectronSlipPrinter } from '../../../src-main/print/electron-printer';
import { windowPdf } from '../../../src-main/print/html-to-pdf';
import { PAPERS, type Paper } from '../../../src-main/print/paper';
import { MEASURE_SCRIPT, type SlipPdfOptions, type SlipPrintOptions, type SlipWindow } from '../../../src-main/print/slip-window';
import { PrintError } from '../../../src-main/print/slip-printer';
import type { Slip } from '../../../src-main/print/slip';
import { ReceiptGrants } from '../../../src-main/print/receipt-grants';
import { FakeClock } from '../../../src-main/clock';

interface FakeWindow extends SlipWindow {
  events: string[];
  printed: SlipPrintOptions[];
  pdfs: SlipPdfOptions[];
  url: string | null;
  destroyed: boolean;
}

/** A window whose did-finish-load comes a tick after loadURL resolves, as a slow page's might. */
function fakeWindow(answer: { success: boolean; failureReason?: string; never?: boolean }, heightPx = 480): FakeWindow {
  let loaded: (() => void) | null = null;
  const w: FakeWindow = {
    events: [],
    printed: [],
    pdfs: [],
    url: null,
    destroyed: false,
    webContents: {
      once: (_event, listener) => {
        loaded = listener;
      },
      loadURL: async (url) => {
        w.url = url;
        w.events.push('loadURL');
        setTimeout(() => {
          w.events.push('did-finish-load');
          loaded?.();
        }, 5);
      },
      executeJavaScript: async (code) => {
        w.events.push(`measure:${code === MEASURE_SCRIPT}`);
        return heightPx;
      },
      print: (options, callback) => {
        w.events.push('print');
        w.printed.push(options);
        if (!answer.never) setTimeout(() => callback(answer.success, answer.failureReason ?? ''), 1);
      },
      printToPDF: async (options) => {
        w.events.push('printToPDF');
        w.pdfs.push(options);
        return new Uint8Array([37, 80, 68, 70]);
      },
    },
    destroy: () => {
      w.destroyed = true;
    },
  };
  return w;
}

const slip = (paper: Paper): Slip => ({ kind: 'reservation', id: '1', paper, html: '<!DOCTYPE html><title>控え</title><p>予約の控え</p>' });

describe('the Electron print adapter', () => {
  it('prints a 58 mm roll silently to the configured printer, only after the page loaded', async () => {
    const w = fakeWindow({ success: true });
    const printer = new ElectronSlipPrinter({ openWindow: () => w, deviceName: 'TM-T20III' });
    expect(await printer.print(slip(PAPERS['58mm']))).toEqual({ kind: 'printed' });
    expect(w.events).toEqual(['loadURL', 'did-finish-load', 'measure:true', 'print']);
    expect(w.printed).toEqual([
      {
        silent: true,
        printBackground: true,
        deviceName: 'TM-T20III',
        // 480 CSS px = 127 mm, + 9 mm of margins + 2 mm slack.
        pageSize: { width: 58_000, height: 138_000 },
        margins: { marginType: 'default' },
        landscape: false,
      },
    ]);
    expect(Buffer.from((w.url ?? '').split(',')[1] ?? '', 'base64').toString('utf8')).toContain('予約の控え');
    expect(w.url?.startsWith('data:text/html;charset=utf-8;base64,')).toBe(true);
    expect(w.destroyed).toBe(true);
  });

  it('sends A4 as 210 × 297 mm without measuring, and the default printer when none is named', async () => {
    const w = fakeWindow({ success: true });
    await new ElectronSlipPrinter({ openWindow: () => w, deviceName: null }).print(slip(PAPERS.A4));
    expect(w.events).toEqual(['loadURL', 'did-finish-load', 'print']);
    expect(w.printed[0]?.pageSize).toEqual({ width: 210_000, height: 297_000 });
    expect(w.printed[0]).not.toHaveProperty('deviceName');
  });

  it("maps Electron's failure reasons to typed errors and still closes the window", async () => {
    for (const [sentence, reason] of [
      ['Print job canceled', 'cancelled'],
      ['Print job failed', 'failed'],
      ['Invalid printer settings', 'invalid_settings'],
      ['The printer is offline', 'offline'],
      ['Out of paper', 'out_of_paper'],
    ] as const) {
      const w = fakeWindow({ success: false, failureReason: sentence });
      const error = await new ElectronSlipPrinter({ openWindow: () => w, deviceName: 'P' }).print(slip(PAPERS['80mm'])).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PrintError);
      expect((error as PrintError).reason).toBe(reason);
      expect(w.destroyed).toBe(true);
    }
  });

  it('gives up on a printer that never answers, as offline', async () => {
    const w = fakeWindow({ success: true, never: true });
    const error = await new ElectronSlipPrinter({ openWindow: () => w, deviceName: 'P', timeoutMs: 20 }).print(slip(PAPERS['80mm'])).catch((e: unknown) => e);
    expect((error as PrintError).reason).toBe('offline');
    expect(w.destroyed).toBe(true);
  });

  it('prints to PDF with the same page in inches after the page loaded', async () => {
    const w = fakeWindow({ success: true }, 96);
    const bytes = await windowPdf(() => w)('<p>x</p>', PAPERS['58mm']);
    expect(bytes.length).toBe(4);
    expect(w.events).toEqual(['loadURL', 'did-finish-load', 'measure:true', 'printToPDF']);
    const options = w.pdfs[0];
    expect(options?.pageSize.width).toBeCloseTo(58 / 25.4, 6);
    // 96 px = 25.4 mm, + 11 mm.
    expect(options?.pageSize.height).toBeCloseTo(36.4 / 25.4, 6);
    expect(options?.margins).toEqual({ top: 3 / 25.4, right: 5 / 25.4, bottom: 6 / 25.4, left: 5 / 25.4 });
    expect(w.destroyed).toBe(true);
  });
});

describe('receipt grants', () => {
  it('lets only the window that reserved print, until the idle time is over, and stay bounded', () => {
    const clock = new FakeClock();
    const grants = new ReceiptGrants(clock, () => 140_000);
    grants.grant('kiosk-1/window-1', [5, 6]);
    expect(grants.allows('kiosk-1/window-1', [5, 6])).toBe(true);
    expect(grants.allows('kiosk-1/window-1', [5, 7])).toBe(false);
    expect(grants.allows('kiosk-1/window-1', [])).toBe(false);
    expect(grants.allows('kiosk-1/window-2', [5])).toBe(false);
    clock.advance(140_000);
    expect(grants.allows('kiosk-1/window-1', [5])).toBe(false);
    grants.grant('kiosk-1/window-1', [8]);
    grants.revoke('kiosk-1/window-1');
    expect(grants.allows('kiosk-1/window-1', [8])).toBe(false);
    for (let n = 0; n < 1000; n++) grants.grant(`t${n}`, [n + 1]);
    expect(grants.size).toBe(256);
    expect(grants.allows('t999', [1000])).toBe(true);
    expect(grants.allows('t0', [1])).toBe(false);
  });
});
