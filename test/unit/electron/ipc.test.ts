import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import { createInvokeListener, registerInvokeHandler } from '../../../src-main/electron/ipc';
import { INVOKE_CHANNEL } from '../../../src-main/electron/invoke-channel';
import { isTrustedSender } from '../../../src-main/electron/ipc-sender';
import { APP_RENDERER, resolveRendererOrigin } from '../../../src-main/electron/renderer-origin';
import type { Router } from '../../../src-main/ipc/router';
import { createMemoryLogger } from '../../../src-main/log';
import type { Result } from '../../../src-shared/errors';
import { ipcMain, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

beforeEach(resetFakeElectron);

function fakeRouter(answer: Result<unknown> = { ok: true, data: { loggedIn: false } }) {
  const invoke = vi.fn<Router['invoke']>(() => Promise.resolve(answer));
  return { invoke };
}

function invokeEvent(frame: { url: string; parent: unknown } | null, webContentsId = 7): IpcMainInvokeEvent {
  return { senderFrame: frame, sender: { id: webContentsId } } as unknown as IpcMainInvokeEvent;
}

const appFrame = { url: 'app://madoguchi/index.html#/home', parent: null };

describe('IPC sender check', () => {
  it('trusts only the main frame of an app page', () => {
    expect(isTrustedSender(appFrame, APP_RENDERER)).toBe(true);
    expect(isTrustedSender({ url: 'app://madoguchi/index.html', parent: appFrame }, APP_RENDERER)).toBe(false);
    expect(isTrustedSender({ url: 'https://example.com/', parent: null }, APP_RENDERER)).toBe(false);
    expect(isTrustedSender({ url: 'file:///index.html', parent: null }, APP_RENDERER)).toBe(false);
    expect(isTrustedSender(null, APP_RENDERER)).toBe(false);
    expect(isTrustedSender(undefined, APP_RENDERER)).toBe(false);
  });

  it('in an unpackaged dev run, also trusts the main frame of exactly the dev server', () => {
    const dev = resolveRendererOrigin({ isPackaged: false, env: { ELECTRON_RENDERER_URL: 'http://127.0.0.1:5173' } });
    expect(isTrustedSender({ url: 'http://127.0.0.1:5173/#/city/login', parent: null }, dev)).toBe(true);
    expect(isTrustedSender(appFrame, dev)).toBe(true);
    expect(isTrustedSender({ url: 'http://127.0.0.1:5173/', parent: appFrame }, dev)).toBe(false);
    expect(isTrustedSender({ url: 'http://127.0.0.1:5174/', parent: null }, dev)).toBe(false);
    expect(isTrustedSender({ url: 'http://localhost:5173/', parent: null }, dev)).toBe(false);
    expect(isTrustedSender({ url: 'http://127.0.0.1:5173/', parent: null }, APP_RENDERER)).toBe(false);
  });
});

describe('madoguchi:invoke', () => {
  it('is registered once, on the one channel', () => {
    registerInvokeHandler(fakeRouter(), APP_RENDERER, createMemoryLogger(), 'kiosk-3');
    expect(ipcMain.handle).toHaveBeenCalledOnce();
    expect(ipcMain.handle.mock.calls[0]?.[0]).toBe(INVOKE_CHANNEL);
    expect(INVOKE_CHANNEL).toBe('madoguchi:invoke');
  });

  it('passes an app page call to the router with the window terminal id', async () => {
    const router = fakeRouter({ ok: true, data: { answer: 42 } });
    const listener = createInvokeListener(router, APP_RENDERER, createMemoryLogger(), 'kiosk-3');
    const result = await listener(invokeEvent(appFrame, 7), 'session.info', '{"a":1}');
    expect(router.invoke).toHaveBeenCalledExactlyOnceWith('kiosk-3/window-7', 'session.info', { a: 1 });
    expect(result).toEqual({ ok: true, data: { answer: 42 } });
  });

  it('gives each window its own terminal', async () => {
    const router = fakeRouter();
    const listener = createInvokeListener(router, APP_RENDERER, createMemoryLogger(), 'kiosk-3');
    await listener(invokeEvent(appFrame, 1), 'session.info', '{}');
    await listener(invokeEvent(appFrame, 2), 'session.info', '');
    expect(router.invoke.mock.calls.map((call) => call[0])).toEqual(['kiosk-3/window-1', 'kiosk-3/window-2']);
  });

  it.each([
    ['a foreign page', { url: 'https://example.com/', parent: null }],
    ['a look-alike origin', { url: 'app://madoguchi.evil/index.html', parent: null }],
    ['a file page', { url: 'file:///tmp/index.html', parent: null }],
    ['a sub-frame', { url: 'app://madoguchi/index.html', parent: appFrame }],
    ['a destroyed frame', null],
  ])('refuses %s as unauthorized without reaching the router', async (_name, frame) => {
    const router = fakeRouter();
    const log = createMemoryLogger();
    const result = await createInvokeListener(router, APP_RENDERER, log, 'kiosk-3')(invokeEvent(frame), 'session.info', {});
    expect(result).toEqual({ ok: false, error: { code: 'unauthorized' } });
    expect(router.invoke).not.toHaveBeenCalled();
    expect(log.entries.map((e) => e.event)).toEqual(['security.ipc_sender_refused']);
  });

  it('refuses a channel that is not a string', async () => {
    const router = fakeRouter();
    const result = await createInvokeListener(router, APP_RENDERER, createMemoryLogger(), 'kiosk-3')(invokeEvent(appFrame), { toString: () => 'x' }, {});
    expect(result).toEqual({ ok: false, error: { code: 'unknown_channel' } });
    expect(router.invoke).not.toHaveBeenCalled();
  });

  it('never throws across IPC: a failing router becomes internal, logged in main only', async () => {
    const router = { invoke: vi.fn<Router['invoke']>(() => Promise.reject(new Error('secret detail at /home/x'))) };
    const log = createMemoryLogger();
    const result = await createInvokeListener(router, APP_RENDERER, log, 'kiosk-3')(invokeEvent(appFrame), 'session.info', '{}');
    expect(result).toEqual({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('secret');
    expect(log.entries[0]).toMatchObject({ level: 'error', event: 'ipc.listener_failed', error: { message: 'secret detail at /home/x' } });
  });

  it('takes the input as JSON text, and refuses text over the size cap before parsing it', async () => {
    const router = fakeRouter();
    const listener = createInvokeListener(router, APP_RENDERER, createMemoryLogger(), 'kiosk-3');
    const huge = JSON.stringify(Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`k${i}`, i])));
    const parse = vi.spyOn(JSON, 'parse');
    try {
      expect(await listener(invokeEvent(appFrame), 'session.info', huge)).toEqual({ ok: false, error: { code: 'invalid_input', fields: { '': 'too_large' } } });
      expect(parse).not.toHaveBeenCalled();
    } finally {
      parse.mockRestore();
    }
    // A structured-clone object (not what the preload sends) and broken text are refused too.
    expect(await listener(invokeEvent(appFrame), 'session.info', { a: 1 })).toEqual({ ok: false, error: { code: 'invalid_input' } });
    expect(await listener(invokeEvent(appFrame), 'session.info', '{"a":')).toEqual({ ok: false, error: { code: 'invalid_input' } });
    expect(router.invoke).not.toHaveBeenCalled();
    await listener(invokeEvent(appFrame), 'session.info', '');
    expect(router.invoke).toHaveBeenLastCalledWith('kiosk-3/window-7', 'session.info', undefined);
  });

  it('survives a malformed event object', async () => {
    const router = fakeRouter();
    const result = await createInvokeListener(router, APP_RENDERER, createMemoryLogger(), 'kiosk-3')({} as IpcMainInvokeEvent, 'session.info', {});
    expect(result).toEqual({ ok: false, error: { code: 'unauthorized' } });
  });
});
