import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../src-main/electron/csp';

function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    expect(map.has(name), `${name} appears twice`).toBe(false);
    map.set(name, sources);
  }
  return map;
}

describe('Content-Security-Policy', () => {
  const csp = directives(CONTENT_SECURITY_POLICY);

  it('allows scripts only from the app itself: no inline script, no eval', () => {
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toContain("'unsafe-eval'");
    expect(CONTENT_SECURITY_POLICY).not.toContain("'wasm-unsafe-eval'");
  });

  it('allows no inline anything, style included', () => {
    expect(csp.get('style-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toContain("'unsafe-inline'");
    expect(CONTENT_SECURITY_POLICY).not.toContain("'unsafe-hashes'");
  });

  it('lets the page reach no server and embed nothing', () => {
    for (const name of ['connect-src', 'object-src', 'frame-src', 'worker-src', 'media-src', 'base-uri', 'frame-ancestors', 'form-action']) {
      expect(csp.get(name), name).toEqual(["'none'"]);
    }
  });

  it('allows images from the app and data: URLs (QR codes) only', () => {
    expect(csp.get('img-src')).toEqual(["'self'", 'data:']);
  });

  it('names no host, wildcard or network scheme anywhere', () => {
    for (const [name, sources] of csp) {
      for (const source of sources) {
        expect(source, name).not.toMatch(/\*|^https?:|^wss?:|^blob:|^file:|^app:/);
      }
    }
  });
});
