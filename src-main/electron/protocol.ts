// The app:// scheme. Pages are never loaded from file://, where every local file would be the
// same origin; app://madoguchi is one origin holding only the built renderer.
import { protocol } from 'electron';
import { createRendererHandler } from './renderer-handler';
import { APP_SCHEME } from './trusted-url';

/** Must run before the app is ready: Chromium reads scheme privileges once, at start. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      // standard: real origins and relative URLs; secure: counts as a secure context like https.
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, createRendererHandler(rendererDir));
}
