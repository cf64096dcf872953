// A kiosk has nobody to press reload. When the page's process dies or hangs, the window returns to
// the home screen by itself, the terminal's session is ended (the person who was logged in may be
// gone, and the fresh page shows nobody logged in), and the event is logged.
import type { BrowserWindow } from 'electron';
import type { Logger } from '../log';
import { CRASH_WINDOW_MS, reloadDelay } from './reload-delay';
import { terminalIdFor } from './terminal-id';

export interface RecoveryOptions {
  log: Logger;
  /** This machine's terminal name (config terminal.name): the first part of the window's terminal id. */
  terminalName: string;
  /** Where the fresh page starts: the window's home URL. */
  homeUrl: string;
  /** Called with the window's terminal id whenever its page is being replaced. */
  onReset: (terminal: string) => void | Promise<void>;
  /** How long a page may stay unresponsive (after Chromium reports it) before it is killed. */
  hangGraceMs?: number;
  now?: () => number;
}

export function recoverFromCrashes(
  window: BrowserWindow,
  { log, terminalName, homeUrl, onReset, hangGraceMs = 10_000, now = Date.now }: RecoveryOptions,
): void {
  const contents = window.webContents;
  const terminal = terminalIdFor(terminalName, contents.id);
  let crashes: number[] = [];
  let reloadTimer: ReturnType<typeof setTimeout> | undefined;
  let hangTimer: ReturnType<typeof setTimeout> | undefined;
  let killedByUs = false;

  const returnHome = () => {
    if (window.isDestroyed()) return;
    const at = now();
    const delay = reloadDelay(crashes, at);
    crashes = [...crashes.filter((t) => at - t < CRASH_WINDOW_MS), at];
    // The reload does not wait for the session to end: the fresh page asks main who is logged in.
    const sessionEnd = (async () => onReset(terminal))();
    sessionEnd.catch((error: unknown) => log.error('window.session_end_failed', error));
    clearTimeout(reloadTimer);
    reloadTimer = setTimeout(() => {
      if (window.isDestroyed()) return;
      contents.loadURL(homeUrl).catch((error: unknown) => log.error('window.reload_failed', error));
    }, delay);
    log.info('window.returning_home', { delayMs: delay });
  };

  contents.on('render-process-gone', (_event, details) => {
    if (window.isDestroyed()) return;
    if (killedByUs) {
      killedByUs = false;
      return;
    }
    log.error('window.renderer_gone', undefined, { reason: details.reason, exitCode: details.exitCode });
    returnHome();
  });

  window.on('unresponsive', () => {
    log.warn('window.unresponsive');
    clearTimeout(hangTimer);
    hangTimer = setTimeout(() => {
      if (window.isDestroyed()) return;
      log.error('window.hung');
      // A hung renderer cannot run a navigation; it is killed first and a fresh one loads home.
      killedByUs = true;
      contents.forcefullyCrashRenderer();
      returnHome();
    }, hangGraceMs);
  });
  window.on('responsive', () => {
    clearTimeout(hangTimer);
    log.info('window.responsive');
  });
  window.on('closed', () => {
    clearTimeout(hangTimer);
    clearTimeout(reloadTimer);
  });
}
