import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { App as ElectronApp } from 'electron';
import { closeOnQuit } from '../../../src-main/electron/app-shutdown';
import { createMemoryLogger } from '../../../src-main/log';
import { app, FakeEvent, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

beforeEach(resetFakeElectron);

describe('close on quit', () => {
  it('holds the quit once, closes the application, then quits for real', async () => {
    let finish: () => void = () => undefined;
    const close = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    closeOnQuit(app as unknown as ElectronApp, { close }, createMemoryLogger());

    const first = new FakeEvent();
    app.emit('will-quit', first);
    expect(first.preventDefault).toHaveBeenCalled();
    expect(close).toHaveBeenCalledOnce();

    // A second quit while closing waits for the same close.
    const second = new FakeEvent();
    app.emit('will-quit', second);
    expect(second.preventDefault).toHaveBeenCalled();
    expect(close).toHaveBeenCalledOnce();
    expect(app.quit).not.toHaveBeenCalled();

    finish();
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledOnce());
    const last = new FakeEvent();
    app.emit('will-quit', last);
    expect(last.preventDefault).not.toHaveBeenCalled();
  });

  it('still quits, and logs, when closing fails', async () => {
    const log = createMemoryLogger();
    closeOnQuit(app as unknown as ElectronApp, { close: () => Promise.reject(new Error('disk gone')) }, log);
    app.emit('will-quit', new FakeEvent());
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledOnce());
    expect(log.entries.map((e) => e.event)).toEqual(['main.close_failed']);
  });
});
