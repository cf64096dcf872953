// The app:// handler against a real folder laid out like out/renderer.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../src-main/electron/csp';
import { createRendererHandler } from '../../../src-main/electron/renderer-handler';

let base: string;
let handler: (request: Request) => Promise<Response>;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'madoguchi-renderer-'));
  const renderer = join(base, 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>窓口</title>');
  writeFileSync(join(renderer, 'assets', 'index-Bx12.js'), 'console.log(1)');
  writeFileSync(join(renderer, 'assets', 'index-Bx12.css'), 'body{}');
  writeFileSync(join(renderer, 'assets', 'logo.svg'), '<svg/>');
  writeFileSync(join(base, 'secret.txt'), 'not for the page');
  mkdirSync(join(base, 'renderer-evil'));
  writeFileSync(join(base, 'renderer-evil', 'x.js'), 'evil()');
  symlinkSync(join(base, 'secret.txt'), join(renderer, 'assets', 'link.txt'));
  handler = createRendererHandler(renderer);
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => handler(new Request(url, { method }));

describe('app:// handler', () => {
  it('serves the home page with its type and the CSP', async () => {
    const response = await get('app://madoguchi/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>窓口</title>');
  });

  it('serves the bare origin as index.html', async () => {
    const response = await get('app://madoguchi/');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('窓口');
  });

  it('serves bundled assets with the right content types', async () => {
    const js = await get('app://madoguchi/assets/index-Bx12.js');
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await js.text()).toBe('console.log(1)');
    expect((await get('app://madoguchi/assets/index-Bx12.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect((await get('app://madoguchi/assets/logo.svg')).headers.get('content-type')).toBe('image/svg+xml');
  });

  it('answers HEAD without a body', async () => {
    const response = await get('app://madoguchi/index.html', 'HEAD');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it('answers 404 for unknown paths and folders (the router uses the hash, so there is no fallback)', async () => {
    expect((await get('app://madoguchi/library/login')).status).toBe(404);
    expect((await get('app://madoguchi/assets/')).status).toBe(404);
    expect((await get('app://madoguchi/assets')).status).toBe(404);
  });

  it('refuses paths that lead out of the renderer folder', async () => {
    for (const url of [
      'app://madoguchi/..%2Fsecret.txt',
      'app://madoguchi/assets/..%2F..%2Fsecret.txt',
      'app://madoguchi/..%2Frenderer-evil%2Fx.js',
      'app://madoguchi/assets/link.txt',
    ]) {
      const response = await get(url);
      expect(response.status, url).toBe(403);
      expect(await response.text(), url).not.toContain('not for the page');
    }
  });

  it('refuses other hosts of the scheme', async () => {
    expect((await get('app://evil/index.html')).status).toBe(403);
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get('app://madoguchi/index.html', 'POST')).status).toBe(405);
  });

  it('puts the CSP on error responses too', async () => {
    for (const response of [await get('app://madoguchi/nothing.js'), await get('app://evil/'), await get('app://madoguchi/', 'PUT')]) {
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('answers 404 when the renderer folder itself is missing', async () => {
    const missing = createRendererHandler(join(base, 'no-such-folder'));
    expect((await missing(new Request('app://madoguchi/index.html'))).status).toBe(404);
  });
});
