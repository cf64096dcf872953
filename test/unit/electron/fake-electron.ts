// A stand-in for the 'electron' module, which cannot load outside Electron (and whose binary is
// not installed here). Test files route it in with
//   vi.mock('electron', () => import('./fake-electron'));
// It records what the code under test registers, so a test can fire the same events Electron
// would and look at the answer. Only the parts Madoguchi touches exist.
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

/** An Electron event: what handlers receive and may cancel. */
export class FakeEvent {
  defaultPrevented = false;
  readonly preventDefault = vi.fn(() => {
    this.defaultPrevented = true;
  });
}

/** An event of the details-object kind (will-navigate, will-redirect, will-frame-navigate). */
export class FakeNavigationEvent extends FakeEvent {
  constructor(
    readonly url: string,
    readonly isMainFrame = true,
  ) {
    super();
  }
}

export interface WindowOpenDetails {
  url: string;
}

let nextWebContentsId = 1;

export class FakeWebContents extends EventEmitter {
  /** When set, every loadURL rejects with it (a missing or broken renderer build). */
  static loadFailure: Error | undefined;
  readonly id = nextWebContentsId++;
  windowOpenHandler: ((details: WindowOpenDetails) => unknown) | undefined;
  destroyed = false;
  readonly setWindowOpenHandler = vi.fn((handler: (details: WindowOpenDetails) => unknown) => {
    this.windowOpenHandler = handler;
  });
  readonly loadURL = vi.fn((_url: string) => (FakeWebContents.loadFailure ? Promise.reject(FakeWebContents.loadFailure) : Promise.resolve()));
  readonly insertCSS = vi.fn((_css: string, _options?: { cssOrigin?: string }) => Promise.resolve('css-key'));
  readonly setVisualZoomLevelLimits = vi.fn((_min: number, _max: number) => Promise.resolve());
  readonly setZoomFactor = vi.fn((_factor: number) => undefined);
  readonly forcefullyCrashRenderer = vi.fn(() => undefined);
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static readonly instances: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  minimized = false;
  destroyed = false;
  readonly removeMenu = vi.fn();
  readonly restore = vi.fn(() => {
    this.minimized = false;
  });
  readonly show = vi.fn();
  readonly focus = vi.fn();

  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.instances.push(this);
  }

  isMinimized(): boolean {
    return this.minimized;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }
}

class FakeApp extends EventEmitter {
  isPackaged = true;
  userData = '/nonexistent/userData';
  readonly requestSingleInstanceLock = vi.fn(() => true);
  readonly quit = vi.fn();
  readonly exit = vi.fn((_code?: number) => undefined);
  readonly enableSandbox = vi.fn();
  readonly commandLine = { appendSwitch: vi.fn() };
  readonly getPath = vi.fn((_name: string) => this.userData);
  readonly whenReady = vi.fn(() => Promise.resolve());
}

class FakeSession extends EventEmitter {
  readonly setPermissionRequestHandler = vi.fn();
  readonly setPermissionCheckHandler = vi.fn();
  readonly setDevicePermissionHandler = vi.fn();
}

export const app = new FakeApp();
export const BrowserWindow = FakeBrowserWindow;
export const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() };
export const session = { defaultSession: new FakeSession() };
export const ipcMain = { handle: vi.fn() };
export const Menu = { setApplicationMenu: vi.fn() };
export const dialog = { showErrorBox: vi.fn() };
export const shell = { openExternal: vi.fn() };
export const contextBridge = { exposeInMainWorld: vi.fn() };

type StorageBackend = 'basic_text' | 'gnome_libsecret' | 'kwallet' | 'kwallet5' | 'kwallet6' | 'unknown';
const SEAL_MARK = 'fake-sealed:';
/** A reversible stand-in for the OS key store; unavailable unless a test turns it on. */
export const safeStorage = {
  isAsyncEncryptionAvailable: vi.fn(() => Promise.resolve(false)),
  getSelectedStorageBackend: vi.fn((): StorageBackend => 'basic_text'),
  encryptStringAsync: vi.fn((text: string) => Promise.resolve(Buffer.from(`${SEAL_MARK}${Buffer.from(text).toString('base64')}`))),
  decryptStringAsync: vi.fn((sealed: Buffer) => {
    const text = sealed.toString();
    if (!text.startsWith(SEAL_MARK)) return Promise.reject(new Error('not sealed by this key store'));
    return Promise.resolve({ result: Buffer.from(text.slice(SEAL_MARK.length), 'base64').toString(), shouldReEncrypt: false });
  }),
};
export const ipcRenderer = { invoke: vi.fn() };

/** Back to a freshly started Electron: no listeners, no recorded calls, default answers. */
export function resetFakeElectron(): void {
  vi.clearAllMocks();
  app.removeAllListeners();
  app.isPackaged = true;
  app.userData = '/nonexistent/userData';
  app.requestSingleInstanceLock.mockImplementation(() => true);
  app.whenReady.mockImplementation(() => Promise.resolve());
  session.defaultSession.removeAllListeners();
  FakeBrowserWindow.instances.length = 0;
  FakeWebContents.loadFailure = undefined;
  safeStorage.isAsyncEncryptionAvailable.mockImplementation(() => Promise.resolve(false));
  safeStorage.getSelectedStorageBackend.mockImplementation(() => 'basic_text');
}

/** The last listener registered for `event` on an emitter, typed for the test's own use. */
export function listenerOf<F extends (...args: never[]) => unknown>(emitter: EventEmitter, event: string): F {
  const listeners = emitter.listeners(event);
  const last = listeners[listeners.length - 1];
  if (!last) throw new Error(`nothing listens to '${event}'`);
  return last as F;
}
