import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import { recoverFromCrashes } from '../../../src-main/electron/crash-recovery';
import { createMemoryLogger } from '../../../src-main/log';
import { FakeBrowserWindow, FakeEvent, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

beforeEach(() => {
  resetFakeElectron();
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

function watched(hangGraceMs = 10_000, homeUrl = 'app://madoguchi/index.html') {
  const window = new FakeBrowserWindow({});
  const log = createMemoryLogger();
  const onReset = vi.fn();
  recoverFromCrashes(window as unknown as BrowserWindow, { log, terminalName: 'kiosk-3', homeUrl, onReset, hangGraceMs, now: () => Date.now() });
  return { window, contents: window.webContents, log, onReset };
}

const gone = (reason: string) => [new FakeEvent(), { reason, exitCode: 1 }] as const;

describe('crash recovery', () => {
  it('a crashed page is logged, its session ended and the home screen reloaded', () => {
    const { window, contents, log, onReset } = watched();
    contents.emit('render-process-gone', ...gone('crashed'));
    expect(onReset).toHaveBeenCalledExactlyOnceWith(`kiosk-3/window-${contents.id}`);
    vi.runOnlyPendingTimers();
    expect(contents.loadURL).toHaveBeenCalledExactlyOnceWith('app://madoguchi/index.html');
    expect(log.entries.find((e) => e.event === 'window.renderer_gone')).toMatchObject({ level: 'error', detail: { reason: 'crashed' } });
    expect(window.isDestroyed()).toBe(false);
  });

  it('reloads the home URL it was given (the dev server in an unpackaged dev run)', () => {
    const { contents } = watched(10_000, 'http://localhost:5173/');
    contents.emit('render-process-gone', ...gone('crashed'));
    vi.runOnlyPendingTimers();
    expect(contents.loadURL).toHaveBeenCalledExactlyOnceWith('http://localhost:5173/');
  });

  it('backs off when the page keeps crashing', () => {
    const { contents } = watched();
    contents.emit('render-process-gone', ...gone('crashed'));
    vi.advanceTimersByTime(0);
    expect(contents.loadURL).toHaveBeenCalledTimes(1);
    contents.emit('render-process-gone', ...gone('crashed'));
    vi.advanceTimersByTime(999);
    expect(contents.loadURL).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(contents.loadURL).toHaveBeenCalledTimes(2);
    contents.emit('render-process-gone', ...gone('oom'));
    vi.advanceTimersByTime(4_999);
    expect(contents.loadURL).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(1);
    expect(contents.loadURL).toHaveBeenCalledTimes(3);
  });

  it('a page that stays unresponsive is killed and reloaded once', () => {
    const { window, contents, log, onReset } = watched(10_000);
    window.emit('unresponsive');
    vi.advanceTimersByTime(9_999);
    expect(contents.forcefullyCrashRenderer).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(contents.forcefullyCrashRenderer).toHaveBeenCalledOnce();
    // The kill itself is reported as gone; it must not count as a second crash.
    contents.emit('render-process-gone', ...gone('killed'));
    vi.runOnlyPendingTimers();
    expect(onReset).toHaveBeenCalledOnce();
    expect(contents.loadURL).toHaveBeenCalledExactlyOnceWith('app://madoguchi/index.html');
    expect(log.entries.map((e) => e.event)).toEqual(expect.arrayContaining(['window.unresponsive', 'window.hung']));
  });

  it('a page that recovers by itself is left alone', () => {
    const { window, contents, onReset } = watched(10_000);
    window.emit('unresponsive');
    vi.advanceTimersByTime(5_000);
    window.emit('responsive');
    vi.advanceTimersByTime(60_000);
    expect(contents.forcefullyCrashRenderer).not.toHaveBeenCalled();
    expect(contents.loadURL).not.toHaveBeenCalled();
    expect(onReset).not.toHaveBeenCalled();
  });

  it('does nothing for a window that is already gone', () => {
    const { window, contents, onReset } = watched();
    window.destroyed = true;
    contents.emit('render-process-gone', ...gone('clean-exit'));
    vi.runAllTimers();
    expect(onReset).not.toHaveBeenCalled();
    expect(contents.loadURL).not.toHaveBeenCalled();
  });

  it('a closed window cancels a pending reload', () => {
    const { window, contents } = watched();
    contents.emit('render-process-gone', ...gone('crashed'));
    contents.emit('render-process-gone', ...gone('crashed'));
    window.emit('closed');
    window.destroyed = true;
    vi.runAllTimers();
    expect(contents.loadURL).not.toHaveBeenCalled();
  });
});
