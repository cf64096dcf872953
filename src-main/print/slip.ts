// What the print port prints: one finished slip page, built in main from typed data. The kind and
// id name the PDF the file adapter writes; nothing else about the slip leaves this object.
import type { Paper } from './paper';

export const slipKinds = ['reservation', 'library', 'patron', 'attendees'] as const;
export type SlipKind = (typeof slipKinds)[number];

export interface Slip {
  kind: SlipKind;
  /** A short id of what was printed (a reservation number, an event and day), for the file name. */
  id: string;
  paper: Paper;
  /** The whole page (slip-document.ts): escaped text, inline style, no script, a strict CSP. */
  html: string;
}
