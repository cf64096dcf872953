// The Electron lifecycle, in order: privileged scheme and sandbox before ready, single-instance
// lock, log file, then on ready the application, session lock-down, protocol, IPC and the window.
// index.ts only supplies paths and createApp, so this whole sequence runs in unit tests against a
// mocked electron module. Main is an ES module: everything before the first await runs while the
// entry module is evaluated, which Electron finishes before 'ready' — so no await (and no dynamic
// import) may come before registerAppScheme and enableSandbox.
import { join } from 'node:path';
import { app, type BrowserWindow, dialog, Menu, session } from 'electron';
import type { App, AppOptions } from '../app';
import { createFileLogger, createLogger, type Logger } from '../log';
import { closeOnQuit } from './app-shutdown';
import { recoverFromCrashes } from './crash-recovery';
import { electronKeyProtection } from './key-protection';
import { defaultDataDir, installedDataDir } from '../config/default-data-dir';
import { resolveDataDir } from './data-dir';
import { registerInvokeHandler } from './ipc';
import { logProcessErrors, type ProcessEvents } from './process-errors';
import { registerAppScheme, serveRenderer } from './protocol';
import { resolveRendererOrigin } from './renderer-origin';
import { guardAllWebContents, hardenSession } from './security';
import { claimSingleInstance } from './single-instance';
import { startupErrorText } from './startup-error';
import { createMainWindow } from './window';
import { slipWindowOpener } from './print-window';
import { electronSaveDialog } from './save-dialog';

export interface MainProcessOptions {
  createApp: (options: AppOptions) => Promise<App>;
  /** Absolute path of out/renderer. */
  rendererDir: string;
  /** Absolute path of out/preload/index.cjs. */
  preloadPath: string;
  /** Absolute path of resources/icon.png. */
  iconPath?: string;
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
  /** Where uncaught errors are listened for; the real process unless a test says otherwise. */
  processEvents?: ProcessEvents;
  /**
   * The packaged app's machine-wide data folder (%ProgramData%\Madoguchi, /var/lib/madoguchi);
   * the platform's rule unless a test points it at a temporary folder.
   */
  installedDataDir?: string;
}

function openLog(file: string, echo: boolean): Logger {
  try {
    return createFileLogger({ file, echo });
  } catch {
    // An unwritable data folder is reported by createApp with a clear message; until then the
    // log goes to stderr rather than stopping start-up with a stack.
    return createLogger((entry) => process.stderr.write(`${JSON.stringify(entry)}\n`));
  }
}

/** Resolves once start-up has finished (or has failed and the app is quitting). */
export async function runMainProcess(options: MainProcessOptions): Promise<void> {
  registerAppScheme();
  app.enableSandbox();
  // Chromium's own widgets (date pickers, input formats) follow this, not the page: a Japanese
  // kiosk shows 年/月/日 whatever the OS locale is. Must be set before ready.
  app.commandLine.appendSwitch('lang', 'ja');

  let mainWindow: BrowserWindow | null = null;
  if (!claimSingleInstance(() => mainWindow)) return;

  // Installed: one folder for the machine, as the CLI of the installed app uses; in development
  // the developer's own (config/default-data-dir.ts). --data-dir and MADOGUCHI_DATA_DIR win.
  const machineDefault = app.isPackaged
    ? (options.installedDataDir ?? installedDataDir({ platform: process.platform, env: options.env }))
    : defaultDataDir(app.getPath('appData'));
  const dataDir = resolveDataDir({ argv: options.argv, env: options.env, userData: machineDefault });
  const logFile = join(dataDir, 'logs', 'main.log');
  const log = openLog(logFile, !app.isPackaged);
  logProcessErrors(log, options.processEvents);
  const origin = resolveRendererOrigin({ isPackaged: app.isPackaged, env: options.env });
  if (origin.devServerOrigin !== null) log.warn('main.dev_server_trusted', { origin: origin.devServerOrigin });
  if (origin.devServerIgnored !== null) log.warn('main.dev_server_ignored', { reason: origin.devServerIgnored });
  guardAllWebContents(app, origin, log);

  let quitting = false;
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('window-all-closed', () => app.quit());

  await app.whenReady();

  let madoguchi: App;
  try {
    // A key store that fails leaves the plain key file, not a kiosk that cannot start.
    const keyProtection =
      (await electronKeyProtection().catch((error: unknown) => {
        log.warn('main.key_store_failed', { message: error instanceof Error ? error.message : String(error) });
        return null;
      })) ?? undefined;
    log.info('main.audit_key_protection', { sealed: keyProtection !== undefined });
    madoguchi = await options.createApp({ dataDir, log, keyProtection, print: { openWindow: slipWindowOpener(log) }, saveDialog: electronSaveDialog });
  } catch (error) {
    log.error('main.startup_failed', error);
    const text = startupErrorText(error, logFile);
    dialog.showErrorBox(text.title, text.message);
    app.quit();
    return;
  }
  closeOnQuit(app, madoguchi, log);

  Menu.setApplicationMenu(null);
  hardenSession(session.defaultSession, log);
  serveRenderer(options.rendererDir);
  const terminalName = madoguchi.config.terminal.name;
  registerInvokeHandler(madoguchi.router, origin, log, terminalName);

  const window = createMainWindow({
    config: madoguchi.config,
    preload: options.preloadPath,
    homeUrl: origin.homeUrl,
    devTools: !app.isPackaged,
    icon: options.iconPath,
    log,
    isQuitting: () => quitting,
  });
  recoverFromCrashes(window, {
    log,
    terminalName,
    homeUrl: origin.homeUrl,
    onReset: (terminal) => madoguchi.services.sessions.end(terminal, 'replaced'),
  });
  window.on('closed', () => {
    mainWindow = null;
  });
  mainWindow = window;
  log.info('main.started', { mode: madoguchi.config.mode, terminal: terminalName, dataDir });
}
