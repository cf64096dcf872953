// The Content-Security-Policy sent with every app:// response. The renderer is a bundled Vue app
// with no inline script, no eval and no network use, so everything is 'self' or 'none'.

const directives: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  // No 'unsafe-inline' even for style: Vue applies :style and v-show through the CSSOM
  // (element.style), which CSP does not restrict, and Vite extracts every <style> into a file.
  // The Playwright harness serves the renderer with this same header, so the specs run under it.
  'style-src': ["'self'"],
  // QR codes (xID) are drawn as data: images.
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  // Everything goes through the IPC bridge; the page itself talks to no server at all.
  'connect-src': ["'none'"],
  'media-src': ["'none'"],
  'object-src': ["'none'"],
  'frame-src': ["'none'"],
  'worker-src': ["'none'"],
  'manifest-src': ["'none'"],
  'base-uri': ["'none'"],
  'frame-ancestors': ["'none'"],
  'form-action': ["'none'"],
};

export const CONTENT_SECURITY_POLICY = Object.entries(directives)
  .map(([name, sources]) => `${name} ${sources.join(' ')}`)
  .join('; ');
