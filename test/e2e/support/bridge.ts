// The harness transport: the same window.madoguchi = { invoke } the preload exposes, reaching
// app.router through a Playwright binding. Only the transport differs from Electron; every
// service behind the router is the real one. As in Electron's IPC handler, a call from a frame
// that is not the app's origin is refused.
import type { Page } from '@playwright/test';
import { wireCharsFor } from '../../../src-main/ipc/input-budget';
import { decodeInput, wireRefusal } from '../../../src-shared/ipc-wire';

/** What the harness needs of the app: the router's wire entry point. */
export interface RouterLike {
  invoke(terminal: string, channel: string, input: unknown): Promise<unknown>;
}

const BINDING = '__madoguchiInvoke';

// A string, not a function: this runs in the page, and the test tsconfig has no DOM types.
const INIT_SCRIPT = `
(() => {
  const call = window.${BINDING};
  // The preload's wire format (src-shared/ipc-wire.ts encodeInput): JSON text, '' for undefined.
  const encode = (input) => (input === undefined ? '' : JSON.stringify(input));
  const bridge = Object.freeze({
    invoke: (channel, input) => {
      let text;
      try {
        text = encode(input);
      } catch {
        return Promise.resolve({ ok: false, error: { code: 'invalid_input' } });
      }
      return call(channel, text);
    },
  });
  Object.defineProperty(window, 'madoguchi', { value: bridge, writable: false, configurable: false });
})();
`;

export async function connectBridge(page: Page, router: RouterLike, terminalId: string, origin: string): Promise<void> {
  await page.exposeBinding(BINDING, async ({ frame }, channel: unknown, text: unknown) => {
    if (new URL(frame.url()).origin !== origin || typeof channel !== 'string') {
      return { ok: false, error: { code: 'unauthorized' } };
    }
    // As src-main/electron/ipc.ts: the text refused over the cap before it is parsed.
    const decoded = decodeInput(text, wireCharsFor(channel));
    if (!decoded.ok) return wireRefusal(decoded.reason);
    return router.invoke(terminalId, channel, decoded.input);
  });
  await page.addInitScript({ content: INIT_SCRIPT });
}
