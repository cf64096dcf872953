// Serves the built renderer (out/renderer) on 127.0.0.1 with the same Content-Security-Policy and
// content types as Electron's app:// handler, so the page runs under the rules it has in the product
// (no inline script, no eval). Only files below the folder are served.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve, sep } from 'node:path';
import { contentTypeFor } from '../../../src-main/electron/content-type';
import { CONTENT_SECURITY_POLICY } from '../../../src-main/electron/csp';

/** MADOGUCHI_RENDERER_DIR points the harness at another build (e.g. a private one while others rebuild out/). */
export const RENDERER_DIR = resolve(process.env.MADOGUCHI_RENDERER_DIR ?? 'out/renderer');

export interface StaticServer {
  /** http://127.0.0.1:PORT — the page's origin. */
  origin: string;
  close(): Promise<void>;
}

function fileFor(root: string, url: string | undefined): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url ?? '/', 'http://127.0.0.1').pathname);
  } catch {
    return null;
  }
  if (pathname === '/') pathname = '/index.html';
  const full = resolve(root, `.${pathname}`);
  if (!full.startsWith(root + sep)) return null;
  return existsSync(full) && statSync(full).isFile() ? full : null;
}

export async function startStaticServer(root: string = RENDERER_DIR): Promise<StaticServer> {
  if (!existsSync(resolve(root, 'index.html'))) {
    throw new Error(`${root}/index.html is missing: build the renderer first (npx electron-vite build).`);
  }
  const server: Server = createServer((request, response) => {
    const file = request.method === 'GET' ? fileFor(root, request.url) : null;
    if (!file) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    response.writeHead(200, {
      'Content-Type': contentTypeFor(file),
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
