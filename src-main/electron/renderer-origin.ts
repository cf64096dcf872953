// Where the window's pages come from, decided once at start-up: always app://madoguchi, plus — only
// in an unpackaged app run by `electron-vite dev` — the Vite dev server on this machine. Every
// check that asks "is this our page?" (navigation guard, IPC sender, crash reload) goes through
// the one object returned here, so dev and production cannot disagree about what is trusted.
// Pure (no electron import): the caller passes app.isPackaged and the environment.
//
// The dev server's pages carry no Content-Security-Policy: Vite dev injects inline scripts and an
// HMR websocket that the app's policy forbids. The production policy is sent only by the app://
// handler (renderer-handler.ts), so it is unchanged; a packaged build never trusts or loads any
// other origin, whatever the environment says.
import { HOME_URL, isTrustedUrl } from './trusted-url';

/** The environment variable electron-vite dev sets to the renderer's dev server, e.g. http://localhost:5173. */
export const DEV_SERVER_ENV = 'ELECTRON_RENDERER_URL';

/** Loopback only: a dev server elsewhere on the network could serve anything to the IPC bridge. */
const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(['localhost', '127.0.0.1']);

export interface RendererOrigin {
  /** What the window loads at start and after a crash. */
  readonly homeUrl: string;
  /** True for URLs the window may navigate to and whose main frame may call the IPC bridge. */
  isTrusted(url: string): boolean;
  /** The dev server's origin when one is trusted, else null. */
  readonly devServerOrigin: string | null;
  /** Why a set ELECTRON_RENDERER_URL was not used; null when it was used or is not set. */
  readonly devServerIgnored: 'packaged' | 'invalid' | 'not_loopback_http' | null;
}

/** Production: the built renderer over app:// and nothing else. */
export const APP_RENDERER: RendererOrigin = {
  homeUrl: HOME_URL,
  isTrusted: isTrustedUrl,
  devServerOrigin: null,
  devServerIgnored: null,
};

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** Exactly this http origin: same host and port, and no user info smuggled in front of the host. */
function isSameHttpOrigin(url: string, origin: string): boolean {
  if (typeof url !== 'string') return false;
  const parsed = parse(url);
  return parsed !== null && parsed.origin === origin && parsed.username === '' && parsed.password === '';
}

export interface RendererOriginInput {
  /** app.isPackaged: an installed build. */
  isPackaged: boolean;
  env: Readonly<Record<string, string | undefined>>;
}

export function resolveRendererOrigin({ isPackaged, env }: RendererOriginInput): RendererOrigin {
  const raw = env[DEV_SERVER_ENV];
  if (raw === undefined || raw === '') return APP_RENDERER;
  // Anything but an explicit false counts as packaged: the safe side.
  if (isPackaged !== false) return { ...APP_RENDERER, devServerIgnored: 'packaged' };
  const parsed = parse(raw);
  if (parsed === null) return { ...APP_RENDERER, devServerIgnored: 'invalid' };
  if (parsed.protocol !== 'http:' || !LOOPBACK_HOSTS.has(parsed.hostname) || parsed.username !== '' || parsed.password !== '') {
    return { ...APP_RENDERER, devServerIgnored: 'not_loopback_http' };
  }
  const origin = parsed.origin;
  return {
    // The dev server serves index.html at the path it was given; a query or hash would only
    // confuse the renderer's hash router.
    homeUrl: `${origin}${parsed.pathname}`,
    isTrusted: (url) => isTrustedUrl(url) || isSameHttpOrigin(url, origin),
    devServerOrigin: origin,
    devServerIgnored: null,
  };
}
