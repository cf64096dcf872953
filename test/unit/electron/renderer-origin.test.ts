import { describe, expect, it } from 'vitest';
import { APP_RENDERER, DEV_SERVER_ENV, resolveRendererOrigin } from '../../../src-main/electron/renderer-origin';

const dev = (url: string) => ({ [DEV_SERVER_ENV]: url });

describe('renderer origin', () => {
  it('names the variable electron-vite dev sets', () => {
    expect(DEV_SERVER_ENV).toBe('ELECTRON_RENDERER_URL');
  });

  it('without the variable: the app origin only, packaged or not', () => {
    for (const isPackaged of [true, false]) {
      const origin = resolveRendererOrigin({ isPackaged, env: {} });
      expect(origin.homeUrl).toBe('app://madoguchi/index.html');
      expect(origin.devServerOrigin).toBeNull();
      expect(origin.devServerIgnored).toBeNull();
      expect(origin.isTrusted('app://madoguchi/index.html#/library')).toBe(true);
      expect(origin.isTrusted('http://localhost:5173/')).toBe(false);
    }
    expect(resolveRendererOrigin({ isPackaged: false, env: dev('') })).toBe(APP_RENDERER);
  });

  it('a packaged build ignores the variable entirely, even for localhost', () => {
    const origin = resolveRendererOrigin({ isPackaged: true, env: dev('http://localhost:5173') });
    expect(origin.homeUrl).toBe('app://madoguchi/index.html');
    expect(origin.devServerOrigin).toBeNull();
    expect(origin.devServerIgnored).toBe('packaged');
    expect(origin.isTrusted('http://localhost:5173/')).toBe(false);
    expect(origin.isTrusted('http://localhost:5173/index.html')).toBe(false);
    expect(origin.isTrusted('app://madoguchi/index.html')).toBe(true);
  });

  it('treats anything but an explicit false as packaged', () => {
    const origin = resolveRendererOrigin({ isPackaged: undefined as unknown as boolean, env: dev('http://localhost:5173') });
    expect(origin.devServerIgnored).toBe('packaged');
    expect(origin.isTrusted('http://localhost:5173/')).toBe(false);
  });

  it.each([
    ['a remote host', 'http://example.com:5173', 'not_loopback_http'],
    ['a LAN address', 'http://192.168.1.20:5173', 'not_loopback_http'],
    ['a look-alike of localhost', 'http://localhost.evil.example:5173', 'not_loopback_http'],
    ['user info in front of a remote host', 'http://localhost@evil.example:5173', 'not_loopback_http'],
    ['user info in front of localhost', 'http://evil@localhost:5173', 'not_loopback_http'],
    ['https', 'https://localhost:5173', 'not_loopback_http'],
    ['another scheme', 'file:///tmp/index.html', 'not_loopback_http'],
    ['a javascript: URL', 'javascript:alert(1)', 'not_loopback_http'],
    ['no URL at all', 'localhost:5173', 'not_loopback_http'],
    ['nothing parseable', 'http://', 'invalid'],
  ])('an unpackaged app ignores %s', (_name, url, reason) => {
    const origin = resolveRendererOrigin({ isPackaged: false, env: dev(url) });
    expect(origin.homeUrl).toBe('app://madoguchi/index.html');
    expect(origin.devServerOrigin).toBeNull();
    expect(origin.devServerIgnored).toBe(reason);
    expect(origin.isTrusted(url)).toBe(false);
    expect(origin.isTrusted('app://madoguchi/index.html')).toBe(true);
  });

  it.each([
    ['http://localhost:5173', 'http://localhost:5173', 'http://localhost:5173/'],
    ['http://127.0.0.1:5174/', 'http://127.0.0.1:5174', 'http://127.0.0.1:5174/'],
    ['http://localhost:5173/index.html?x=1#/city', 'http://localhost:5173', 'http://localhost:5173/index.html'],
  ])('an unpackaged app with %s loads it and trusts exactly that origin', (url, expectedOrigin, homeUrl) => {
    const origin = resolveRendererOrigin({ isPackaged: false, env: dev(url) });
    expect(origin.devServerOrigin).toBe(expectedOrigin);
    expect(origin.devServerIgnored).toBeNull();
    expect(origin.homeUrl).toBe(homeUrl);
    expect(origin.isTrusted(homeUrl)).toBe(true);
    expect(origin.isTrusted(`${expectedOrigin}/index.html#/library/login`)).toBe(true);
    expect(origin.isTrusted(`${expectedOrigin}/@vite/client`)).toBe(true);
    // The app origin stays trusted beside it.
    expect(origin.isTrusted('app://madoguchi/index.html')).toBe(true);
  });

  it('still refuses other ports, other loopback names, other schemes and look-alikes in dev', () => {
    const origin = resolveRendererOrigin({ isPackaged: false, env: dev('http://localhost:5173') });
    for (const url of [
      'http://localhost:5174/',
      'http://localhost/',
      'http://localhost:80/',
      'http://127.0.0.1:5173/',
      'http://[::1]:5173/',
      'https://localhost:5173/',
      'ws://localhost:5173/',
      'http://localhost.:5173/',
      'http://localhost:5173.evil.example/',
      'http://user@localhost:5173/',
      'http://localhost:5173@evil.example/',
      'https://example.com/',
      'file:///index.html',
      'app://madoguchi.evil/',
      'about:blank',
      '',
      'not a url',
    ]) {
      expect(origin.isTrusted(url), url).toBe(false);
    }
    expect(origin.isTrusted(42 as unknown as string)).toBe(false);
  });
});
