// Navigation and permission lock-down. Every webContents the app ever creates gets the guards (via
// 'web-contents-created'), so a frame or window that slipped past another check still cannot leave
// the app origin (nor, in an unpackaged dev run only, the dev server's; see renderer-origin.ts).
// Nothing here opens anything outside the app: shell.openExternal is not used.
import type { App, Session, WebContents } from 'electron';
import type { Logger } from '../log';
import type { RendererOrigin } from './renderer-origin';

/** The scheme only: a blocked URL may carry personal data in its path or query. */
function schemeOf(url: string): string {
  const colon = url.indexOf(':');
  return colon > 0 && colon < 20 ? url.slice(0, colon).toLowerCase() : 'unknown';
}

export function guardWebContents(contents: WebContents, origin: Pick<RendererOrigin, 'isTrusted'>, log: Logger): void {
  const refuse = (kind: string) => (event: { url: string; preventDefault(): void }) => {
    if (origin.isTrusted(event.url)) return;
    event.preventDefault();
    log.warn('security.navigation_blocked', { kind, scheme: schemeOf(event.url) });
  };
  contents.on('will-navigate', refuse('navigate'));
  contents.on('will-frame-navigate', refuse('frame-navigate'));
  contents.on('will-redirect', refuse('redirect'));
  contents.setWindowOpenHandler(({ url }) => {
    log.warn('security.window_open_denied', { scheme: schemeOf(url) });
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log.warn('security.webview_blocked');
  });
}

export function guardAllWebContents(app: App, origin: Pick<RendererOrigin, 'isTrusted'>, log: Logger): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, origin, log));
}

/** The kiosk needs no camera, microphone, location, notification, clipboard read or download. */
export function hardenSession(session: Session, log: Logger): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log.warn('security.permission_denied', { permission });
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.on('will-download', (event) => {
    event.preventDefault();
    log.warn('security.download_blocked');
  });
}
