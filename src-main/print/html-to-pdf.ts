// The HTML → PDF step of the file adapter, injected: in the app Electron's own Chromium
// (webContents.printToPDF in a hidden window), in the tests Playwright's Chromium. Both lay out the
// same slip page at the same page size.
import type { Paper } from './paper';
import { loadSlip, type OpenSlipWindow, pageFor } from './slip-window';

export type HtmlToPdf = (html: string, paper: Paper) => Promise<Uint8Array>;

const MICRONS_PER_INCH = 25_400;
const MM_PER_INCH = 25.4;

/** printToPDF in a hidden window of its own; sizes and margins in inches, as Electron takes them. */
export function windowPdf(openWindow: OpenSlipWindow): HtmlToPdf {
  return async (html, paper) => {
    const window = openWindow();
    try {
      await loadSlip(window.webContents, html);
      const page = await pageFor(window.webContents, paper);
      const m = paper.marginsMm;
      return await window.webContents.printToPDF({
        pageSize: { width: page.widthMicrons / MICRONS_PER_INCH, height: page.heightMicrons / MICRONS_PER_INCH },
        margins: { top: m.top / MM_PER_INCH, right: m.right / MM_PER_INCH, bottom: m.bottom / MM_PER_INCH, left: m.left / MM_PER_INCH },
        printBackground: true,
        landscape: false,
      });
    } finally {
      window.destroy();
    }
  };
}
