import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isInside, resolveRendererPath } from '../../../src-main/electron/renderer-path';

describe('resolveRendererPath (POSIX)', () => {
  const root = '/opt/madoguchi/out/renderer';
  const resolve = (url: string) => resolveRendererPath(root, url, path.posix);

  it('maps app URLs to files under the renderer folder', () => {
    expect(resolve('app://madoguchi/index.html')).toEqual({ kind: 'file', path: `${root}/index.html` });
    expect(resolve('app://madoguchi/assets/index-Bx12.js')).toEqual({ kind: 'file', path: `${root}/assets/index-Bx12.js` });
    expect(resolve('app://madoguchi/assets/a%20b.png?x=1#y')).toEqual({ kind: 'file', path: `${root}/assets/a b.png` });
    expect(resolve('app://madoguchi/%E7%AA%93.svg')).toEqual({ kind: 'file', path: `${root}/窓.svg` });
  });

  it('serves index.html for the bare origin', () => {
    expect(resolve('app://madoguchi/')).toEqual({ kind: 'file', path: `${root}/index.html` });
    expect(resolve('app://madoguchi')).toEqual({ kind: 'file', path: `${root}/index.html` });
  });

  it('keeps ../ inside the folder (the URL parser clamps it at the root)', () => {
    expect(resolve('app://madoguchi/../../etc/passwd')).toEqual({ kind: 'file', path: `${root}/etc/passwd` });
    expect(resolve('app://madoguchi/%2e%2e/%2e%2e/etc/passwd')).toEqual({ kind: 'file', path: `${root}/etc/passwd` });
  });

  it('refuses traversal that only decoding reveals', () => {
    expect(resolve('app://madoguchi/..%2F..%2F..%2Fetc%2Fpasswd')).toEqual({ kind: 'forbidden' });
    expect(resolve('app://madoguchi/assets/..%2f..%2f..%2fsecret')).toEqual({ kind: 'forbidden' });
    expect(resolve('app://madoguchi/%2e%2e%2F')).toEqual({ kind: 'not_found' });
    expect(resolve('app://madoguchi/..%2F')).toEqual({ kind: 'not_found' });
    expect(resolve('app://madoguchi/..%2Frenderer-evil%2Fx.js')).toEqual({ kind: 'forbidden' });
  });

  it('refuses NUL bytes and undecodable escapes', () => {
    expect(resolve('app://madoguchi/index.html%00.png')).toEqual({ kind: 'forbidden' });
    expect(resolve('app://madoguchi/%E0%A4%A')).toEqual({ kind: 'forbidden' });
  });

  it('refuses other hosts and schemes', () => {
    expect(resolve('app://evil/index.html')).toEqual({ kind: 'forbidden' });
    expect(resolve('app://madoguchi@evil/index.html')).toEqual({ kind: 'forbidden' });
    expect(resolve('file:///etc/passwd')).toEqual({ kind: 'forbidden' });
  });

  it('does not serve folders', () => {
    expect(resolve('app://madoguchi/assets/')).toEqual({ kind: 'not_found' });
  });
});

describe('resolveRendererPath (Windows)', () => {
  const root = 'C:\\Program Files\\Madoguchi\\resources\\out\\renderer';
  const resolve = (url: string) => resolveRendererPath(root, url, path.win32);

  it('maps app URLs to files under the renderer folder', () => {
    expect(resolve('app://madoguchi/assets/x.js')).toEqual({ kind: 'file', path: `${root}\\assets\\x.js` });
  });

  it('refuses backslash traversal, drive letters and UNC paths', () => {
    expect(resolve('app://madoguchi/..%5C..%5C..%5CWindows%5Cwin.ini')).toEqual({ kind: 'forbidden' });
    expect(resolve('app://madoguchi/assets%5C..%5C..%5C..%5Csecret.txt')).toEqual({ kind: 'forbidden' });
    expect(resolve('app://madoguchi/C:%5CWindows%5Cwin.ini')).toEqual({ kind: 'forbidden' });
    expect(resolve('app://madoguchi/C:/Windows/win.ini')).toEqual({ kind: 'forbidden' });
    expect(resolve('app://madoguchi/%5C%5Cserver%5Cshare%5Cx')).toEqual({ kind: 'forbidden' });
    expect(resolve('app://madoguchi/index.html::$DATA')).toEqual({ kind: 'forbidden' });
  });
});

describe('isInside', () => {
  it('tells a path below the root from one beside it', () => {
    expect(isInside('/a/renderer', '/a/renderer/index.html', path.posix)).toBe(true);
    expect(isInside('/a/renderer', '/a/renderer', path.posix)).toBe(true);
    expect(isInside('/a/renderer', '/a/renderer-evil/index.html', path.posix)).toBe(false);
    expect(isInside('/a/renderer', '/etc/passwd', path.posix)).toBe(false);
  });
});
