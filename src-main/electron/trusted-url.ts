// The app's one origin, and the check every navigation and every IPC sender goes through. Pure (no
// electron import) so it is tested on its own.

export const APP_SCHEME = 'app';
const APP_HOST = 'madoguchi';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The home screen: the renderer routes by hash, so this is the only document there is. */
export const HOME_URL = `${APP_ORIGIN}/index.html`;

/**
 * True only for URLs of exactly the app origin. Node's URL parser treats `app:` as a non-special
 * scheme, so `URL.origin` is the opaque "null" and cannot be compared; the origin is checked part
 * by part instead, and user info or a port make it a different origin (app://madoguchi@evil is the
 * host "evil"). Chromium hands us canonical URLs, so a non-canonical spelling is refused, not fixed.
 */
export function isTrustedUrl(url: string): boolean {
  if (typeof url !== 'string' || url.length === 0) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}
