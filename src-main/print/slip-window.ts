// The part of an Electron window the print adapters use, as a plain type: src-main/print loads in
// Node (tests, CLI) and must not import electron, so src-main/electron/print-window.ts makes the
// real hidden window and hands it over in this shape, and the unit tests hand over a fake.
import type { Paper } from './paper';
import { type PageSize, isRoll, pageSize } from './paper';

export interface SlipPrintOptions {
  silent: true;
  printBackground: true;
  /** Absent: the system's default printer. */
  deviceName?: string;
  /** Microns, always: without it Electron prints A4 whatever the printer is. */
  pageSize: { width: number; height: number };
  /** 'default' lets the slip's own @page margins apply (slip-document.ts). */
  margins: { marginType: 'default' };
  landscape: false;
}

export interface SlipPdfOptions {
  /** Inches, as Electron's printToPDF takes them. */
  pageSize: { width: number; height: number };
  margins: { top: number; right: number; bottom: number; left: number };
  printBackground: true;
  landscape: false;
}

export interface SlipWebContents {
  loadURL(url: string): Promise<void>;
  once(event: 'did-finish-load', listener: () => void): void;
  executeJavaScript(code: string): Promise<unknown>;
  print(options: SlipPrintOptions, callback: (success: boolean, failureReason: string) => void): void;
  printToPDF(options: SlipPdfOptions): Promise<Uint8Array>;
}

export interface SlipWindow {
  webContents: SlipWebContents;
  /** Closes the hidden window; called once the job is handed over or has failed. */
  destroy(): void;
}

export type OpenSlipWindow = () => SlipWindow;

/** The slip as a data: URL: no file on disk, no request to any server. */
export function slipUrl(html: string): string {
  return `data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`;
}

/**
 * Loads the slip and waits for did-finish-load: printing before the page has loaded sends blank
 * pages. The listener is set before loading starts, so a fast load is not missed.
 */
export async function loadSlip(contents: SlipWebContents, html: string): Promise<void> {
  const loaded = new Promise<void>((resolve) => contents.once('did-finish-load', resolve));
  await contents.loadURL(slipUrl(html));
  await loaded;
}

/** How tall the slip is laid out, in CSS pixels (the body is exactly as wide as on paper). */
export const MEASURE_SCRIPT = 'Math.ceil(document.body.getBoundingClientRect().height)';

/** The page for a loaded slip: a roll is measured first, a sheet has its own size. */
export async function pageFor(contents: SlipWebContents, paper: Paper): Promise<PageSize> {
  if (!isRoll(paper)) return pageSize(paper, 0);
  const height = await contents.executeJavaScript(MEASURE_SCRIPT);
  if (typeof height !== 'number' || !Number.isFinite(height) || height < 0) throw new Error('the slip could not be measured');
  return pageSize(paper, height);
}
