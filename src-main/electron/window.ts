// The main window: the options of window-options.ts plus the behaviour that cannot be an option —
// swallowed shortcuts, no context menu, fixed zoom, hidden cursor, and a locked kiosk that cannot
// be closed except by quitting the app.
import { BrowserWindow } from 'electron';
import type { Config } from '../config/schema';
import type { Logger } from '../log';
import { isSwallowedKey } from './kiosk-input';
import { isLockedKiosk, type WindowPlan, windowOptions } from './window-options';

/** A user stylesheet: it wins over any author !important rule the renderer may ever add. */
export const HIDE_CURSOR_CSS = '* { cursor: none !important; }';

export interface MainWindowOptions {
  config: Pick<Config, 'mode' | 'window'>;
  preload: string;
  /** The home page: app://madoguchi, or the dev server in an unpackaged dev run (renderer-origin.ts). */
  homeUrl: string;
  devTools: boolean;
  icon?: string;
  log: Logger;
  /** True once app quit has begun; only then may a locked kiosk window close. */
  isQuitting: () => boolean;
}

export function createMainWindow({ config, preload, homeUrl, devTools, icon, log, isQuitting }: MainWindowOptions): BrowserWindow {
  const plan: WindowPlan = { mode: config.mode, fullscreen: config.window.fullscreen, preload, devTools, icon };
  const window = new BrowserWindow(windowOptions(plan));
  window.removeMenu();
  const contents = window.webContents;
  const report = (event: string) => (error: unknown) => log.error(event, error);

  contents.on('before-input-event', (event, input) => {
    if (isSwallowedKey(input, config.mode)) event.preventDefault();
  });
  contents.on('context-menu', (event) => event.preventDefault());

  // Injected CSS and zoom limits belong to the document, so they are applied after every load.
  contents.on('did-finish-load', () => {
    if (config.mode === 'kiosk') {
      contents.setZoomFactor(1);
      contents.setVisualZoomLevelLimits(1, 1).catch(report('window.zoom_limit_failed'));
    }
    if (config.window.hideCursor) contents.insertCSS(HIDE_CURSOR_CSS, { cssOrigin: 'user' }).catch(report('window.css_failed'));
  });

  if (isLockedKiosk(plan)) {
    // Alt+F4 and the like reach the window manager before the page; refuse them here instead.
    window.on('close', (event) => {
      if (isQuitting()) return;
      event.preventDefault();
      log.warn('window.close_refused');
    });
  }

  contents.loadURL(homeUrl).catch(report('window.load_failed'));
  return window;
}
