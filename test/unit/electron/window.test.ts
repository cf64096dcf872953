import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Config } from '../../../src-main/config/schema';
import { createMainWindow, HIDE_CURSOR_CSS } from '../../../src-main/electron/window';
import { createMemoryLogger } from '../../../src-main/log';
import { FakeBrowserWindow, FakeEvent, FakeWebContents, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

beforeEach(resetFakeElectron);

type WindowConfig = Pick<Config, 'mode' | 'window'>;
const kiosk: WindowConfig = { mode: 'kiosk', window: { fullscreen: true, hideCursor: false } };
const counter: WindowConfig = { mode: 'counter', window: { fullscreen: true, hideCursor: false } };

function open(config: WindowConfig, quitting = false, homeUrl = 'app://madoguchi/index.html') {
  const log = createMemoryLogger();
  createMainWindow({ config, preload: '/x/out/preload/index.cjs', homeUrl, devTools: false, log, isQuitting: () => quitting });
  const window = FakeBrowserWindow.instances.at(-1) as FakeBrowserWindow;
  return { window, contents: window.webContents, log };
}

function press(contents: FakeBrowserWindow['webContents'], input: Record<string, unknown>): FakeEvent {
  const event = new FakeEvent();
  contents.emit('before-input-event', event, { type: 'keyDown', key: '', code: '', control: false, meta: false, alt: false, shift: false, ...input });
  return event;
}

describe('main window', () => {
  it('is built from the window options and loads the home page over app://', () => {
    const { window, contents } = open(kiosk);
    expect(window.options).toMatchObject({ kiosk: true, webPreferences: { sandbox: true, contextIsolation: true, devTools: false, preload: '/x/out/preload/index.cjs' } });
    expect(contents.loadURL).toHaveBeenCalledExactlyOnceWith('app://madoguchi/index.html');
    expect(window.removeMenu).toHaveBeenCalled();
  });

  it('loads the home URL it is given', () => {
    const { contents } = open(counter, false, 'http://localhost:5173/');
    expect(contents.loadURL).toHaveBeenCalledExactlyOnceWith('http://localhost:5173/');
  });

  it('kiosk: swallows reload, DevTools, close and zoom keys and lets typing through', () => {
    const { contents } = open(kiosk);
    expect(press(contents, { key: 'r', code: 'KeyR', control: true }).defaultPrevented).toBe(true);
    expect(press(contents, { key: 'F12', code: 'F12' }).defaultPrevented).toBe(true);
    expect(press(contents, { key: 'w', code: 'KeyW', control: true }).defaultPrevented).toBe(true);
    expect(press(contents, { key: '+', code: 'Semicolon', control: true, shift: true }).defaultPrevented).toBe(true);
    expect(press(contents, { key: 'a', code: 'KeyA' }).defaultPrevented).toBe(false);
  });

  it('counter: swallows reload and DevTools but lets the clerk close the window', () => {
    const { contents } = open(counter);
    expect(press(contents, { key: 'F5', code: 'F5' }).defaultPrevented).toBe(true);
    expect(press(contents, { key: 'w', code: 'KeyW', control: true }).defaultPrevented).toBe(false);
  });

  it('shows no context menu', () => {
    const { contents } = open(kiosk);
    const event = new FakeEvent();
    contents.emit('context-menu', event, { x: 1, y: 1 });
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('kiosk: fixes the zoom after every load', () => {
    const { contents } = open(kiosk);
    contents.emit('did-finish-load');
    contents.emit('did-finish-load');
    expect(contents.setVisualZoomLevelLimits).toHaveBeenCalledTimes(2);
    expect(contents.setVisualZoomLevelLimits).toHaveBeenCalledWith(1, 1);
    expect(contents.setZoomFactor).toHaveBeenCalledWith(1);
  });

  it('hides the cursor only when configured', () => {
    const plain = open(kiosk);
    plain.contents.emit('did-finish-load');
    expect(plain.contents.insertCSS).not.toHaveBeenCalled();

    const hidden = open({ mode: 'kiosk', window: { fullscreen: true, hideCursor: true } });
    hidden.contents.emit('did-finish-load');
    expect(hidden.contents.insertCSS).toHaveBeenCalledExactlyOnceWith(HIDE_CURSOR_CSS, { cssOrigin: 'user' });
    expect(HIDE_CURSOR_CSS).toContain('cursor: none !important');
  });

  it('a locked kiosk refuses to close until the app quits', () => {
    const running = open(kiosk, false);
    const refused = new FakeEvent();
    running.window.emit('close', refused);
    expect(refused.preventDefault).toHaveBeenCalled();

    const quitting = open(kiosk, true);
    const allowed = new FakeEvent();
    quitting.window.emit('close', allowed);
    expect(allowed.preventDefault).not.toHaveBeenCalled();
  });

  it('a counter window closes normally', () => {
    const { window } = open(counter);
    const event = new FakeEvent();
    window.emit('close', event);
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it('logs a failed home load instead of leaving an unhandled rejection', async () => {
    FakeWebContents.loadFailure = new Error('ERR_FILE_NOT_FOUND');
    const { log } = open(kiosk);
    await new Promise((resolve) => setImmediate(resolve));
    expect(log.entries.map((e) => e.event)).toContain('window.load_failed');
  });
});
