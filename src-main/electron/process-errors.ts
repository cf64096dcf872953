// Main-process errors nobody caught. Electron's default is a native dialog with the stack, which
// on a kiosk shows internals to a visitor and waits for a click nobody gives; instead the error
// goes to the log file and the kiosk carries on.
import type { Logger } from '../log';

export interface ProcessEvents {
  on(event: 'uncaughtException', listener: (error: Error) => void): unknown;
  on(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown;
}

export function logProcessErrors(log: Logger, target: ProcessEvents = process): void {
  target.on('uncaughtException', (error) => log.error('main.uncaught_exception', error));
  target.on('unhandledRejection', (reason) => log.error('main.unhandled_rejection', reason));
}
