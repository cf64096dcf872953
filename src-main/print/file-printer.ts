// The file adapter: each slip becomes a PDF in the data folder's prints/, named
// <YYYYMMDD-HHMMSS>-<kind>-<id>.pdf in Japan time — for the tests, and for a site that prints later
// (or from another machine). A file is created exclusively, so a second copy of the same slip in
// the same second gets -2 and nothing is overwritten.
import { CITY_TIME_ZONE } from '../../src-shared/japanese-date';
import type { Clock } from '../clock';
import { writeNewFile } from '../export/new-file';
import type { HtmlToPdf } from './html-to-pdf';
import type { Slip } from './slip';
import type { PrintResult, SlipPrinter } from './slip-printer';

export interface FilePrinterOptions {
  /** Absolute folder the PDFs go to. */
  dir: string;
  clock: Clock;
  toPdf: HtmlToPdf;
}

const stampFormat = new Intl.DateTimeFormat('en-CA', {
  year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23', timeZone: CITY_TIME_ZONE,
});

/** 20260105-090000 */
export function fileStamp(epochMs: number): string {
  const p: Record<string, string> = {};
  for (const part of stampFormat.formatToParts(epochMs)) p[part.type] = part.value;
  return `${p.year}${p.month}${p.day}-${p.hour}${p.minute}${p.second}`;
}

/** Only letters, digits and hyphens: an id never adds a folder or an odd character to the name. */
function safeId(id: string): string {
  return id.replace(/[^A-Za-z0-9-]+/g, '_').slice(0, 60) || 'slip';
}

export class FileSlipPrinter implements SlipPrinter {
  readonly adapter = 'file' as const;

  constructor(private readonly options: FilePrinterOptions) {}

  async print(slip: Slip): Promise<PrintResult> {
    const bytes = await this.options.toPdf(slip.html, slip.paper);
    const stem = `${fileStamp(this.options.clock.now())}-${slip.kind}-${safeId(slip.id)}`;
    const { fileName, path } = writeNewFile(this.options.dir, (n) => (n === 1 ? `${stem}.pdf` : `${stem}-${n}.pdf`), bytes);
    return { kind: 'saved', fileName, path };
  }
}
