// The hidden window a slip is printed from (src-main/print/electron-printer.ts). Its own in-memory
// session, a sandbox without Node, no preload and no dev tools; the slip page it loads (a data:
// URL made in main) carries a CSP that allows no script. JavaScript stays on only so main can
// measure the slip's height with executeJavaScript: the page's own CSP refuses any script of its.
import { BrowserWindow, session } from 'electron';
import type { Logger } from '../log';
import type { SlipWindow } from '../print/slip-window';
import { hardenSession } from './security';

const PARTITION = 'madoguchi-print';

/** Returns the opener; the print session is locked down once, on first use. */
export function slipWindowOpener(log: Logger): () => SlipWindow {
  let hardened = false;
  return () => {
    if (!hardened) {
      hardenSession(session.fromPartition(PARTITION), log);
      hardened = true;
    }
    const window = new BrowserWindow({
      show: false,
      width: 1000,
      height: 1400,
      webPreferences: {
        partition: PARTITION,
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
        navigateOnDragDrop: false,
        spellcheck: false,
        disableDialogs: true,
        devTools: false,
        // Printing and printToPDF lay out at 100 %, whatever the main window's zoom.
        zoomFactor: 1,
      },
    });
    const contents = window.webContents;
    return {
      webContents: {
        loadURL: (url) => contents.loadURL(url),
        once: (event, listener) => {
          contents.once(event, listener);
        },
        executeJavaScript: (code) => contents.executeJavaScript(code),
        print: (options, callback) => contents.print(options, callback),
        printToPDF: (options) => contents.printToPDF(options),
      },
      destroy: () => {
        if (!window.isDestroyed()) window.destroy();
      },
    };
  };
}
