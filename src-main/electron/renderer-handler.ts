// The app:// protocol handler: serves files of the built renderer, nothing else, and puts the CSP
// on every response (errors included). No electron import: it takes a fetch Request and answers a
// fetch Response, so it is tested against a real folder in plain Node.
import { readFile, realpath, stat } from 'node:fs/promises';
import { contentTypeFor } from './content-type';
import { CONTENT_SECURITY_POLICY } from './csp';
import { isInside, resolveRendererPath } from './renderer-path';

const securityHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}

export function createRendererHandler(rendererDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    const resolved = resolveRendererPath(rendererDir, request.url);
    if (resolved.kind === 'forbidden') return plain(403, 'Forbidden');
    if (resolved.kind === 'not_found') return plain(404, 'Not found');
    try {
      // A symbolic link inside the folder must not lead out of it either.
      const [root, file] = await Promise.all([realpath(rendererDir), realpath(resolved.path)]);
      if (!isInside(root, file)) return plain(403, 'Forbidden');
      if (!(await stat(file)).isFile()) return plain(404, 'Not found');
      const body = request.method === 'HEAD' ? null : await readFile(file);
      return new Response(body, {
        status: 200,
        headers: { ...securityHeaders, 'Content-Type': contentTypeFor(file), 'Cache-Control': 'no-cache' },
      });
    } catch {
      return plain(404, 'Not found');
    }
  };
}
