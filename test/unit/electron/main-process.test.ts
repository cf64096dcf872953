// The whole start-up sequence against the mocked electron module, with a stand-in application
// (the real createApp is covered by the integration tests; here only its use is under test).
import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { App, AppOptions } from '../../../src-main/app';
import { ConfigError } from '../../../src-main/config/load';
import { configSchema } from '../../../src-main/config/schema';
import { CONTENT_SECURITY_POLICY } from '../../../src-main/electron/csp';
import { runMainProcess } from '../../../src-main/electron/main-process';
import type { ProcessEvents } from '../../../src-main/electron/process-errors';
import type { Result } from '../../../src-shared/errors';
import {
  app, BrowserWindow, dialog, FakeBrowserWindow, FakeEvent, FakeNavigationEvent, ipcMain, listenerOf, Menu, protocol,
  resetFakeElectron, safeStorage, session,
} from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

let base: string;
let rendererDir: string;

beforeEach(() => {
  resetFakeElectron();
  base = mkdtempSync(join(tmpdir(), 'madoguchi-main-'));
  rendererDir = join(base, 'out', 'renderer');
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>窓口</title>');
  app.userData = join(base, 'userData');
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

function fakeApplication(mode: 'kiosk' | 'counter' = 'kiosk') {
  const invoke = vi.fn((_terminal: string, _channel: string, _input: unknown): Promise<Result<unknown>> => Promise.resolve({ ok: true, data: null }));
  const end = vi.fn();
  const close = vi.fn(() => Promise.resolve());
  const config = configSchema.parse({ mode, terminal: { name: 'lobby-kiosk' } });
  const application = { config, router: { invoke }, services: { sessions: { end } }, close } as unknown as App;
  return { application, invoke, end, close, createApp: vi.fn((_options: AppOptions) => Promise.resolve(application)) };
}

async function start(options: { createApp: (o: AppOptions) => Promise<App>; argv?: string[]; env?: NodeJS.ProcessEnv; processEvents?: ProcessEvents }) {
  await runMainProcess({
    // The fake app is packaged: its machine-wide folder is a temporary one, never /var/lib/madoguchi.
    installedDataDir: join(base, 'installed'),
    createApp: options.createApp,
    rendererDir,
    preloadPath: join(base, 'out', 'preload', 'index.cjs'),
    argv: options.argv ?? ['electron', '.'],
    env: options.env ?? {},
    processEvents: options.processEvents ?? new EventEmitter(),
  });
  return FakeBrowserWindow.instances[0];
}

type InvokeListener = (event: unknown, channel: unknown, input: unknown) => Promise<Result<unknown>>;
type ProtocolHandler = (request: Request) => Promise<Response>;

describe('Electron start-up', () => {
  it('registers the app:// scheme as privileged before the app is ready, and sandboxes every renderer', async () => {
    await start(fakeApplication());
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledExactlyOnceWith([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true }) },
    ]);
    const registered = protocol.registerSchemesAsPrivileged.mock.invocationCallOrder[0] as number;
    expect(registered).toBeLessThan(app.whenReady.mock.invocationCallOrder[0] as number);
    expect(app.enableSandbox).toHaveBeenCalled();
  });

  it('sets Chromium to Japanese before ready, so date inputs read 年/月/日', async () => {
    await start(fakeApplication());
    expect(app.commandLine.appendSwitch).toHaveBeenCalledWith('lang', 'ja');
    const set = app.commandLine.appendSwitch.mock.invocationCallOrder[0] as number;
    expect(set).toBeLessThan(app.whenReady.mock.invocationCallOrder[0] as number);
  });

  it('builds the application in the data folder and opens one locked-down window on the home page', async () => {
    const fake = fakeApplication();
    const dataDir = join(base, 'data');
    const window = await start({ ...fake, argv: ['electron', '.', `--data-dir=${dataDir}`] });
    expect(fake.createApp).toHaveBeenCalledOnce();
    expect(fake.createApp.mock.calls[0]?.[0]).toMatchObject({ dataDir });
    expect(Menu.setApplicationMenu).toHaveBeenCalledExactlyOnceWith(null);
    expect(session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(session.defaultSession.setPermissionCheckHandler).toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    expect(window?.options).toMatchObject({
      kiosk: true,
      webPreferences: { preload: join(base, 'out', 'preload', 'index.cjs'), sandbox: true, contextIsolation: true, nodeIntegration: false, devTools: false },
    });
    expect(window?.webContents.loadURL).toHaveBeenCalledWith('app://madoguchi/index.html');
    expect(readFileSync(join(dataDir, 'logs', 'main.log'), 'utf8')).toContain('"main.started"');
  });

  it('hands the OS key store to createApp for the audit key, only when it is a real one', async () => {
    const plainText = fakeApplication();
    await start(plainText);
    // Linux without a secret service: Electron's fallback password protects nothing.
    expect(plainText.createApp.mock.calls[0]?.[0].keyProtection).toBeUndefined();

    resetFakeElectron();
    safeStorage.isAsyncEncryptionAvailable.mockImplementation(() => Promise.resolve(true));
    safeStorage.getSelectedStorageBackend.mockImplementation(() => (process.platform === 'linux' ? 'gnome_libsecret' : 'unknown'));
    const sealed = fakeApplication();
    await start(sealed);
    const protection = sealed.createApp.mock.calls[0]?.[0].keyProtection;
    expect(protection).toBeDefined();
    const box = await protection?.seal('00ff');
    expect(box?.toString()).not.toContain('00ff');
    expect(await protection?.unseal(box as Buffer)).toEqual({ text: '00ff', stale: false });

    resetFakeElectron();
    safeStorage.isAsyncEncryptionAvailable.mockImplementation(() => Promise.reject(new Error('keyring locked')));
    const failing = fakeApplication();
    await start(failing);
    expect(failing.createApp).toHaveBeenCalledOnce();
    expect(failing.createApp.mock.calls[0]?.[0].keyProtection).toBeUndefined();
  });

  it('uses madoguchi in Electron’s application-data folder when no data folder is given (as the CLI does)', async () => {
    const fake = fakeApplication();
    app.isPackaged = false;
    await start(fake);
    expect(app.getPath).toHaveBeenCalledWith('appData');
    expect(fake.createApp.mock.calls[0]?.[0]).toMatchObject({ dataDir: join(app.userData, 'madoguchi') });
  });

  it('uses the machine-wide data folder when installed (packaged), unless one is given', async () => {
    const fake = fakeApplication();
    await start(fake);
    expect(fake.createApp.mock.calls[0]?.[0]).toMatchObject({ dataDir: join(base, 'installed') });
    expect(readFileSync(join(base, 'installed', 'logs', 'main.log'), 'utf8')).toContain('"main.started"');

    resetFakeElectron();
    const given = fakeApplication();
    await start({ ...given, env: { MADOGUCHI_DATA_DIR: join(base, 'env') } });
    expect(given.createApp.mock.calls[0]?.[0]).toMatchObject({ dataDir: join(base, 'env') });
  });

  it('serves the renderer folder over app:// with the CSP', async () => {
    await start(fakeApplication());
    expect(protocol.handle.mock.calls[0]?.[0]).toBe('app');
    const handler = protocol.handle.mock.calls[0]?.[1] as ProtocolHandler;
    const response = await handler(new Request('app://madoguchi/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).toContain('窓口');
  });

  it('routes IPC from the window to the router under its terminal id, and refuses foreign frames', async () => {
    const fake = fakeApplication();
    const window = await start(fake);
    expect(ipcMain.handle.mock.calls[0]?.[0]).toBe('madoguchi:invoke');
    const listener = ipcMain.handle.mock.calls[0]?.[1] as InvokeListener;
    const sender = window?.webContents;
    await listener({ sender, senderFrame: { url: 'app://madoguchi/index.html', parent: null } }, 'session.info', '{}');
    expect(fake.invoke).toHaveBeenCalledExactlyOnceWith(`lobby-kiosk/window-${sender?.id}`, 'session.info', {});
    const refused = await listener({ sender, senderFrame: { url: 'https://example.com/', parent: null } }, 'session.info', '{}');
    expect(refused).toEqual({ ok: false, error: { code: 'unauthorized' } });
    expect(fake.invoke).toHaveBeenCalledOnce();
  });

  it('guards navigation of the window it creates', async () => {
    await start(fakeApplication());
    const window = new BrowserWindow({});
    app.emit('web-contents-created', new FakeEvent(), window.webContents);
    const event = new FakeNavigationEvent('https://example.com/');
    window.webContents.emit('will-navigate', event);
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('ends the terminal session when the page crashes and is reloaded', async () => {
    const fake = fakeApplication();
    const window = await start(fake);
    window?.webContents.emit('render-process-gone', new FakeEvent(), { reason: 'crashed', exitCode: 1 });
    expect(fake.end).toHaveBeenCalledExactlyOnceWith(`lobby-kiosk/window-${window?.webContents.id}`, 'replaced');
  });

  it('a second start focuses the window', async () => {
    const window = await start(fakeApplication());
    app.emit('second-instance', new FakeEvent(), [], '/');
    expect(window?.focus).toHaveBeenCalled();
  });

  it('closes the application before quitting, and lets the kiosk window close only then', async () => {
    const fake = fakeApplication();
    const window = await start(fake);
    const early = new FakeEvent();
    window?.emit('close', early);
    expect(early.defaultPrevented).toBe(true);

    app.emit('before-quit', new FakeEvent());
    const closing = new FakeEvent();
    window?.emit('close', closing);
    expect(closing.defaultPrevented).toBe(false);

    const quit = new FakeEvent();
    app.emit('will-quit', quit);
    expect(quit.defaultPrevented).toBe(true);
    expect(fake.close).toHaveBeenCalledOnce();
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalled());
  });

  it('quits when the last window is closed', async () => {
    await start(fakeApplication());
    listenerOf<() => void>(app, 'window-all-closed')();
    expect(app.quit).toHaveBeenCalled();
  });

  it('logs main-process errors to the log file', async () => {
    const events = new EventEmitter();
    const dataDir = join(base, 'data');
    await start({ ...fakeApplication(), argv: [`--data-dir=${dataDir}`], processEvents: events });
    events.emit('uncaughtException', new Error('late failure'));
    const log = readFileSync(join(dataDir, 'logs', 'main.log'), 'utf8');
    expect(log).toContain('"main.uncaught_exception"');
    expect(log).toContain('late failure');
  });

  it('a counter PC gets a normal window', async () => {
    const window = await start(fakeApplication('counter'));
    expect(window?.options).toMatchObject({ kiosk: false, fullscreen: false });
  });
});

describe('electron-vite dev server (ELECTRON_RENDERER_URL)', () => {
  const devEnv = { ELECTRON_RENDERER_URL: 'http://localhost:5173' };
  const frame = (url: string) => ({ url, parent: null });

  async function startWith(env: NodeJS.ProcessEnv, isPackaged: boolean) {
    app.isPackaged = isPackaged;
    const fake = fakeApplication();
    const dataDir = join(base, 'data');
    const window = await start({ ...fake, argv: [`--data-dir=${dataDir}`], env });
    const listener = ipcMain.handle.mock.calls[0]?.[1] as InvokeListener;
    const navigate = (url: string) => {
      const event = new FakeNavigationEvent(url);
      app.emit('web-contents-created', new FakeEvent(), window?.webContents);
      window?.webContents.emit('will-navigate', event);
      return event.defaultPrevented ? 'blocked' : 'allowed';
    };
    const invoke = async (url: string) => (await listener({ sender: window?.webContents, senderFrame: frame(url) }, 'session.info', '{}')).ok;
    const log = () => readFileSync(join(dataDir, 'logs', 'main.log'), 'utf8');
    return { window, fake, navigate, invoke, log };
  }

  it('a packaged build ignores it: app:// is loaded and the dev server is neither trusted nor called', async () => {
    const { window, fake, navigate, invoke, log } = await startWith(devEnv, true);
    expect(window?.webContents.loadURL).toHaveBeenCalledExactlyOnceWith('app://madoguchi/index.html');
    expect(navigate('http://localhost:5173/')).toBe('blocked');
    expect(await invoke('http://localhost:5173/')).toBe(false);
    expect(await invoke('app://madoguchi/index.html')).toBe(true);
    expect(fake.invoke).toHaveBeenCalledOnce();
    expect(log()).toContain('"main.dev_server_ignored"');
    expect(log()).toContain('"packaged"');
  });

  it('an unpackaged app ignores a dev server that is not on this machine', async () => {
    const { window, navigate, invoke, log } = await startWith({ ELECTRON_RENDERER_URL: 'http://example.com:5173' }, false);
    expect(window?.webContents.loadURL).toHaveBeenCalledExactlyOnceWith('app://madoguchi/index.html');
    expect(navigate('http://example.com:5173/')).toBe('blocked');
    expect(await invoke('http://example.com:5173/')).toBe(false);
    expect(log()).toContain('"not_loopback_http"');
  });

  it('an unpackaged app loads the localhost dev server and trusts exactly its origin beside app://', async () => {
    const { window, fake, navigate, invoke, log } = await startWith(devEnv, false);
    expect(window?.webContents.loadURL).toHaveBeenCalledExactlyOnceWith('http://localhost:5173/');
    expect(navigate('http://localhost:5173/index.html#/city/login')).toBe('allowed');
    expect(navigate('app://madoguchi/index.html')).toBe('allowed');
    expect(navigate('http://localhost:5174/')).toBe('blocked');
    expect(navigate('http://127.0.0.1:5173/')).toBe('blocked');
    expect(await invoke('http://localhost:5173/#/home')).toBe(true);
    expect(await invoke('http://localhost:8080/')).toBe(false);
    expect(fake.invoke).toHaveBeenCalledOnce();
    expect(log()).toContain('"main.dev_server_trusted"');

    window?.webContents.emit('render-process-gone', new FakeEvent(), { reason: 'crashed', exitCode: 1 });
    await vi.waitFor(() => expect(window?.webContents.loadURL).toHaveBeenCalledTimes(2));
    expect(window?.webContents.loadURL).toHaveBeenLastCalledWith('http://localhost:5173/');
  });

  it('an unpackaged app without the variable loads app:// as always', async () => {
    const { window, navigate } = await startWith({}, false);
    expect(window?.webContents.loadURL).toHaveBeenCalledExactlyOnceWith('app://madoguchi/index.html');
    expect(navigate('http://localhost:5173/')).toBe('blocked');
  });
});

describe('Electron start-up failures', () => {
  it('a second instance quits at once and builds nothing', async () => {
    app.requestSingleInstanceLock.mockImplementation(() => false);
    const fake = fakeApplication();
    await start(fake);
    expect(app.quit).toHaveBeenCalledOnce();
    expect(fake.createApp).not.toHaveBeenCalled();
    expect(app.whenReady).not.toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(0);
  });

  it('a configuration error is shown in a dialog without a stack, then the app quits', async () => {
    const dataDir = join(base, 'data');
    const createApp = vi.fn((): Promise<App> => Promise.reject(new ConfigError('The configuration in config.json is not valid:\n  mode: Invalid option')));
    await start({ createApp, argv: [`--data-dir=${dataDir}`] });
    expect(dialog.showErrorBox).toHaveBeenCalledOnce();
    const [title, message] = dialog.showErrorBox.mock.calls[0] as [string, string];
    expect(title).toContain('Madoguchi cannot start');
    expect(message).toContain('mode: Invalid option');
    expect(message).not.toMatch(/\n\s+at /);
    expect(app.quit).toHaveBeenCalledOnce();
    expect(FakeBrowserWindow.instances).toHaveLength(0);
    expect(ipcMain.handle).not.toHaveBeenCalled();
    expect(readFileSync(join(dataDir, 'logs', 'main.log'), 'utf8')).toContain('"main.startup_failed"');
  });

  it('an unwritable data folder still ends in the dialog, not an uncaught error', async () => {
    const file = join(base, 'a-file');
    writeFileSync(file, 'x');
    const createApp = vi.fn((): Promise<App> => Promise.reject(new Error('unexpected')));
    await expect(start({ createApp, argv: [`--data-dir=${join(file, 'data')}`] })).resolves.toBeUndefined();
    expect(dialog.showErrorBox).toHaveBeenCalledOnce();
    expect(app.quit).toHaveBeenCalledOnce();
  });
});
