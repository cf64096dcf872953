// Who may call the IPC bridge: only the main frame of a page of the app origin. A frame that has
// navigated away, been replaced or destroyed (senderFrame null) is refused like a foreign one.
import { isTrustedUrl } from './trusted-url';

export interface SenderFrame {
  url: string;
  /** null for a main frame. */
  parent: unknown;
}

export function isTrustedSender(frame: SenderFrame | null | undefined): boolean {
  return frame !== null && frame !== undefined && frame.parent === null && isTrustedUrl(frame.url);
}
