// Who may call the IPC bridge: only the main frame of a page of the app origin (or of the dev
// server in an unpackaged dev run, see renderer-origin.ts). A frame that has navigated away, been
// replaced or destroyed (senderFrame null) is refused like a foreign one.
import type { RendererOrigin } from './renderer-origin';

export interface SenderFrame {
  url: string;
  /** null for a main frame. */
  parent: unknown;
}

export function isTrustedSender(frame: SenderFrame | null | undefined, origin: Pick<RendererOrigin, 'isTrusted'>): boolean {
  return frame !== null && frame !== undefined && frame.parent === null && origin.isTrusted(frame.url);
}
