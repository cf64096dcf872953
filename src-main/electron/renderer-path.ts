// Maps an app:// request URL to a file under the built renderer folder, or refuses it. Pure (the
// path API is a parameter) so traversal attempts are tested for both POSIX and Windows rules.
import nodePath, { type PlatformPath } from 'node:path';
import { isTrustedUrl } from './trusted-url';

export type RendererPath =
  | { kind: 'file'; path: string }
  /** Outside the renderer folder, another host, or an undecodable path. */
  | { kind: 'forbidden' }
  /** A folder, or nothing that could name a file. */
  | { kind: 'not_found' };

export function resolveRendererPath(root: string, requestUrl: string, path: PlatformPath = nodePath): RendererPath {
  if (!isTrustedUrl(requestUrl)) return { kind: 'forbidden' };
  const { pathname } = new URL(requestUrl);
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { kind: 'forbidden' };
  }
  // Vite never emits these in a file name; on Windows they are separators, drive letters and
  // alternate data streams, so they are refused rather than interpreted.
  if (/[\0\\:]/.test(decoded)) return { kind: 'forbidden' };
  if (decoded === '/' || decoded === '') decoded = '/index.html';
  if (decoded.endsWith('/')) return { kind: 'not_found' };

  // The URL parser has already removed plain ../ segments; what is left to catch is what decoding
  // revealed (%2F, backslashes on Windows), so containment is checked on the resolved path.
  const base = path.resolve(root);
  const full = path.resolve(base, `.${decoded}`);
  const relative = path.relative(base, full);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return { kind: 'forbidden' };
  return { kind: 'file', path: full };
}

/** True when `candidate` is `root` itself or lies below it. */
export function isInside(root: string, candidate: string, path: PlatformPath = nodePath): boolean {
  const relative = path.relative(root, candidate);
  return !relative.startsWith('..') && !path.isAbsolute(relative);
}
