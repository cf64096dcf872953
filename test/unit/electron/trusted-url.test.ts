import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, HOME_URL, isTrustedUrl } from '../../../src-main/electron/trusted-url';

describe('trusted-url', () => {
  it('names the app origin and a home URL inside it', () => {
    expect(APP_ORIGIN).toBe('app://madoguchi');
    expect(HOME_URL).toBe('app://madoguchi/index.html');
    expect(isTrustedUrl(HOME_URL)).toBe(true);
  });

  it.each([
    'app://madoguchi',
    'app://madoguchi/',
    'app://madoguchi/index.html',
    'app://madoguchi/index.html#/library/login',
    'app://madoguchi/assets/index-Bx12.js?v=1',
    'app://madoguchi/../index.html',
    // Schemes are case-insensitive; the parser lower-cases them.
    'APP://madoguchi/index.html',
  ])('trusts %s', (url) => {
    expect(isTrustedUrl(url)).toBe(true);
  });

  it.each([
    // Look-alike hosts.
    'app://madoguchi.evil/',
    'app://evil.madoguchi/',
    'app://madoguchi./',
    'app://madoguchi%2eevil/',
    'app://madoguchievil/',
    // Not the canonical spelling Chromium sends.
    'app://MADOGUCHI/',
    // User info: the first is the host "evil"; the second is a different origin string.
    'app://madoguchi@evil/',
    'app://madoguchi:x@evil/',
    'app://evil@madoguchi/',
    'app://madoguchi\\@evil/',
    // Ports.
    'app://madoguchi:80/',
    'app://madoguchi:8080/index.html',
    // Other schemes with the same host or the app URL inside.
    'http://madoguchi/',
    'https://madoguchi/index.html',
    'file:///index.html',
    'file://madoguchi/index.html',
    'blob:app://madoguchi/8b1a9953',
    'view-source:app://madoguchi/index.html',
    'javascript:alert(1)',
    'javascript://madoguchi/%0aalert(1)',
    'data:text/html,<script>alert(1)</script>',
    'about:blank',
    'chrome://gpu',
    'devtools://devtools/bundled/inspector.html',
    // No host, or nothing parseable.
    'app:madoguchi',
    'app:///madoguchi/index.html',
    'app://',
    'app//madoguchi/',
    '//madoguchi/',
    '/index.html',
    'index.html',
    '',
    'not a url',
    'app://mado guchi/',
  ])('refuses %s', (url) => {
    expect(isTrustedUrl(url)).toBe(false);
  });

  it('refuses values that are not strings, as an IPC argument may be anything', () => {
    for (const value of [undefined, null, 42, {}, { toString: () => 'app://madoguchi/' }]) {
      expect(isTrustedUrl(value as unknown as string)).toBe(false);
    }
  });
});
