// Quitting waits for the application to close: the scheduler stops, queued mail is left in the
// outbox for the next start, and SQLite is closed cleanly. will-quit is held once for that.
import type { App as ElectronApp } from 'electron';
import type { App } from '../app';
import type { Logger } from '../log';

export function closeOnQuit(electronApp: ElectronApp, madoguchi: Pick<App, 'close'>, log: Logger): void {
  let state: 'running' | 'closing' | 'closed' = 'running';
  electronApp.on('will-quit', (event) => {
    if (state === 'closed') return;
    event.preventDefault();
    if (state === 'closing') return;
    state = 'closing';
    madoguchi
      .close()
      .catch((error: unknown) => log.error('main.close_failed', error))
      .finally(() => {
        state = 'closed';
        electronApp.quit();
      });
  });
}
