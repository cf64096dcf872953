import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { App, Session, WebContents } from 'electron';
import { APP_RENDERER, type RendererOrigin, resolveRendererOrigin } from '../../../src-main/electron/renderer-origin';
import { guardAllWebContents, guardWebContents, hardenSession } from '../../../src-main/electron/security';
import { createMemoryLogger } from '../../../src-main/log';
import { app, FakeEvent, FakeNavigationEvent, FakeWebContents, listenerOf, resetFakeElectron, session, shell } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

type NavigationListener = (event: FakeNavigationEvent) => void;

beforeEach(resetFakeElectron);

function guarded(origin: RendererOrigin = APP_RENDERER) {
  const contents = new FakeWebContents();
  const log = createMemoryLogger();
  guardWebContents(contents as unknown as WebContents, origin, log);
  return { contents, log };
}

describe('navigation guard', () => {
  const foreign = ['https://example.com/', 'http://127.0.0.1:8080/', 'file:///etc/passwd', 'app://madoguchi.evil/', 'app://madoguchi@evil/', 'javascript:alert(1)', 'data:text/html,x', 'about:blank'];

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s: prevents every URL outside the app origin', (name) => {
    const { contents } = guarded();
    const listener = listenerOf<NavigationListener>(contents, name);
    for (const url of foreign) {
      const event = new FakeNavigationEvent(url);
      listener(event);
      expect(event.preventDefault, url).toHaveBeenCalledOnce();
    }
  });

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s: lets app URLs through', (name) => {
    const { contents } = guarded();
    const listener = listenerOf<NavigationListener>(contents, name);
    for (const url of ['app://madoguchi/index.html', 'app://madoguchi/index.html#/library']) {
      const event = new FakeNavigationEvent(url);
      listener(event);
      expect(event.preventDefault, url).not.toHaveBeenCalled();
    }
  });

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s: in an unpackaged dev run, lets exactly the dev server through', (name) => {
    const { contents } = guarded(resolveRendererOrigin({ isPackaged: false, env: { ELECTRON_RENDERER_URL: 'http://localhost:5173' } }));
    const listener = listenerOf<NavigationListener>(contents, name);
    for (const url of ['http://localhost:5173/', 'http://localhost:5173/index.html#/city/login', 'app://madoguchi/index.html']) {
      const event = new FakeNavigationEvent(url);
      listener(event);
      expect(event.preventDefault, url).not.toHaveBeenCalled();
    }
    for (const url of ['http://localhost:5174/', 'http://127.0.0.1:5173/', ...foreign]) {
      const event = new FakeNavigationEvent(url);
      listener(event);
      expect(event.preventDefault, url).toHaveBeenCalledOnce();
    }
  });

  it('a packaged build blocks the dev server even when the variable is set', () => {
    const { contents } = guarded(resolveRendererOrigin({ isPackaged: true, env: { ELECTRON_RENDERER_URL: 'http://localhost:5173' } }));
    const event = new FakeNavigationEvent('http://localhost:5173/');
    contents.emit('will-navigate', event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });

  it('logs the scheme of a blocked URL, never the URL (it may hold personal data)', () => {
    const { contents, log } = guarded();
    contents.emit('will-navigate', new FakeNavigationEvent('https://example.com/?card=1234567890123'));
    expect(log.entries).toHaveLength(1);
    expect(log.entries[0]).toMatchObject({ level: 'warn', event: 'security.navigation_blocked', detail: { scheme: 'https' } });
    expect(JSON.stringify(log.entries)).not.toContain('1234567890123');
  });

  it('denies every new window, app URL or not, and never opens anything outside', () => {
    const { contents } = guarded();
    expect(contents.windowOpenHandler).toBeDefined();
    for (const url of ['https://example.com/', 'app://madoguchi/index.html', 'mailto:a@example.com']) {
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    }
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('refuses to attach a webview', () => {
    const { contents } = guarded();
    const event = new FakeEvent();
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });

  it('guards every webContents the app creates', () => {
    const log = createMemoryLogger();
    guardAllWebContents(app as unknown as App, APP_RENDERER, log);
    const contents = new FakeWebContents();
    app.emit('web-contents-created', new FakeEvent(), contents);
    const event = new FakeNavigationEvent('https://example.com/');
    contents.emit('will-navigate', event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });
});

describe('session lock-down', () => {
  const ses = session.defaultSession;
  const harden = () => hardenSession(ses as unknown as Session, createMemoryLogger());

  it('denies every permission request', () => {
    harden();
    const [handler] = ses.setPermissionRequestHandler.mock.calls[0] as [(wc: unknown, permission: string, callback: (granted: boolean) => void) => void];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'fullscreen', 'openExternal', 'hid', 'unknown']) {
      const callback = vi.fn();
      handler({}, permission, callback);
      expect(callback, permission).toHaveBeenCalledExactlyOnceWith(false);
    }
  });

  it('answers every permission check and device request with no', () => {
    harden();
    const [check] = ses.setPermissionCheckHandler.mock.calls[0] as [(wc: unknown, permission: string, origin: string) => boolean];
    for (const permission of ['media', 'clipboard-sanitized-write', 'serial', 'usb']) {
      expect(check({}, permission, 'app://madoguchi')).toBe(false);
    }
    const [device] = ses.setDevicePermissionHandler.mock.calls[0] as [(details: unknown) => boolean];
    expect(device({ deviceType: 'usb', origin: 'app://madoguchi' })).toBe(false);
  });

  it('cancels downloads', () => {
    harden();
    const event = new FakeEvent();
    ses.emit('will-download', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });
});
