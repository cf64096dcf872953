// The paper a slip is printed on, and the page size each renderer is given. A receipt printer's
// roll has no page height: the page is made as long as the slip (measured after it is laid out),
// so a short receipt is not fed out as a metre of blank paper, and a long one is not cut in two.
// Sizes go to Electron in microns (webContents.print): without an explicit size Electron sends A4
// to whatever printer it talks to, which a receipt printer prints as a long, mostly empty strip.

export const paperNames = ['58mm', '80mm', 'A4'] as const;
export type PaperName = (typeof paperNames)[number];

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface Paper {
  name: PaperName;
  widthMm: number;
  /** null: a roll, cut after the slip. */
  heightMm: number | null;
  /** What the printer cannot reach (a 58 mm head prints 48 mm, an 80 mm head 72 mm), in mm. */
  marginsMm: Margins;
}

export const PAPERS: Readonly<Record<PaperName, Paper>> = {
  '58mm': { name: '58mm', widthMm: 58, heightMm: null, marginsMm: { top: 3, right: 5, bottom: 6, left: 5 } },
  '80mm': { name: '80mm', widthMm: 80, heightMm: null, marginsMm: { top: 3, right: 4, bottom: 6, left: 4 } },
  A4: { name: 'A4', widthMm: 210, heightMm: 297, marginsMm: { top: 15, right: 15, bottom: 15, left: 15 } },
};

/** The width the slip is laid out in: the paper less its side margins. */
export function contentWidthMm(paper: Paper): number {
  return paper.widthMm - paper.marginsMm.left - paper.marginsMm.right;
}

const MICRONS_PER_MM = 1000;
/** CSS pixels are 1/96 inch. */
const MM_PER_CSS_PX = 25.4 / 96;
/**
 * Added to a roll's measured length: Chromium rounds the page's content box to device units, and a
 * page a fraction of a millimetre too short pushes the last line onto a second, nearly empty page.
 */
const ROLL_SLACK_MM = 2;
/** Chromium refuses pages under 353 microns; a roll is never that short, but a blank slip might be. */
const MIN_MICRONS = 353;

export interface PageSize {
  widthMicrons: number;
  heightMicrons: number;
}

/** The page for this paper; a roll's length from the slip's laid-out height in CSS pixels. */
export function pageSize(paper: Paper, contentHeightPx: number): PageSize {
  const widthMicrons = paper.widthMm * MICRONS_PER_MM;
  if (paper.heightMm !== null) return { widthMicrons, heightMicrons: paper.heightMm * MICRONS_PER_MM };
  const mm = contentHeightPx * MM_PER_CSS_PX + paper.marginsMm.top + paper.marginsMm.bottom + ROLL_SLACK_MM;
  return { widthMicrons, heightMicrons: Math.max(MIN_MICRONS, Math.ceil(mm * MICRONS_PER_MM)) };
}

/** True for a roll: the renderer must measure the slip before it knows the page. */
export function isRoll(paper: Paper): boolean {
  return paper.heightMm === null;
}
