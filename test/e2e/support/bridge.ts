// The harness transport: the same window.madoguchi = { invoke } the preload exposes, reaching
// app.router through a Playwright binding. Only the transport differs from Electron; every
// service behind the router is the real one. As in Electron's IPC handler, a call from a frame
// that is not the app's origin is refused.
import type { Page } from '@playwright/test';

/** What the harness needs of the app: the router's wire entry point. */
export interface RouterLike {
  invoke(terminal: string, channel: string, input: unknown): Promise<unknown>;
}

const BINDING = '__madoguchiInvoke';

// A string, not a function: this runs in the page, and the test tsconfig has no DOM types.
const INIT_SCRIPT = `
(() => {
  const call = window.${BINDING};
  const bridge = Object.freeze({ invoke: (channel, input) => call(channel, input) });
  Object.defineProperty(window, 'madoguchi', { value: bridge, writable: false, configurable: false });
})();
`;

export async function connectBridge(page: Page, router: RouterLike, terminalId: string, origin: string): Promise<void> {
  await page.exposeBinding(BINDING, async ({ frame }, channel: unknown, input: unknown) => {
    if (new URL(frame.url()).origin !== origin || typeof channel !== 'string') {
      return { ok: false, error: { code: 'unauthorized' } };
    }
    return router.invoke(terminalId, channel, input);
  });
  await page.addInitScript({ content: INIT_SCRIPT });
}
