import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import { claimSingleInstance } from '../../../src-main/electron/single-instance';
import { app, FakeBrowserWindow, FakeEvent, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

beforeEach(resetFakeElectron);

describe('single instance', () => {
  it('a second Madoguchi quits when the lock is taken', () => {
    app.requestSingleInstanceLock.mockImplementation(() => false);
    expect(claimSingleInstance(() => null)).toBe(false);
    expect(app.quit).toHaveBeenCalledOnce();
    expect(app.listenerCount('second-instance')).toBe(0);
  });

  it('the first Madoguchi keeps running and brings its window forward on a second start', () => {
    const window = new FakeBrowserWindow({});
    window.minimized = true;
    expect(claimSingleInstance(() => window as unknown as BrowserWindow)).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();
    app.emit('second-instance', new FakeEvent(), ['madoguchi'], '/');
    expect(window.restore).toHaveBeenCalledOnce();
    expect(window.show).toHaveBeenCalledOnce();
    expect(window.focus).toHaveBeenCalledOnce();
  });

  it('does not restore a window that is not minimised', () => {
    const window = new FakeBrowserWindow({});
    claimSingleInstance(() => window as unknown as BrowserWindow);
    app.emit('second-instance', new FakeEvent(), [], '/');
    expect(window.restore).not.toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalledOnce();
  });

  it('ignores a second start before the window exists or after it is gone', () => {
    const window = new FakeBrowserWindow({});
    window.destroyed = true;
    let current: FakeBrowserWindow | null = null;
    claimSingleInstance(() => current as unknown as BrowserWindow | null);
    expect(() => app.emit('second-instance', new FakeEvent(), [], '/')).not.toThrow();
    current = window;
    app.emit('second-instance', new FakeEvent(), [], '/');
    expect(window.focus).not.toHaveBeenCalled();
  });
});
