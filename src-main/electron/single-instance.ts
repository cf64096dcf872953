// One Madoguchi per machine: two would share the SQLite file and fight over the screen. A second
// start (a double tap on the icon, an autostart racing a clerk) brings the first window forward.
import { app, type BrowserWindow } from 'electron';

/** False when another instance holds the lock; this one is then already quitting. */
export function claimSingleInstance(mainWindow: () => BrowserWindow | null): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => {
    const window = mainWindow();
    if (!window || window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  });
  return true;
}
