// The one IPC entry point. The sender is checked before anything else, the window's terminal id is
// derived here (never taken from the page), the input's JSON text is refused over the size cap
// before it is parsed, and whatever happens the renderer gets a Result: an
// exception thrown across ipcMain.handle would reach the page with its message.
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { fail, type Result } from '../../src-shared/errors';
import { decodeInput, wireRefusal } from '../../src-shared/ipc-wire';
import { wireCharsFor } from '../ipc/input-budget';
import type { Router } from '../ipc/router';
import type { Logger } from '../log';
import { INVOKE_CHANNEL } from './invoke-channel';
import { isTrustedSender } from './ipc-sender';
import type { RendererOrigin } from './renderer-origin';
import { terminalIdFor } from './terminal-id';

export type InvokeListener = (event: IpcMainInvokeEvent, channel: unknown, input: unknown) => Promise<Result<unknown>>;

export function createInvokeListener(
  router: Pick<Router, 'invoke'>,
  origin: Pick<RendererOrigin, 'isTrusted'>,
  log: Logger,
  terminalName: string,
): InvokeListener {
  return async (event, channel, input) => {
    try {
      if (!isTrustedSender(event.senderFrame, origin)) {
        log.warn('security.ipc_sender_refused');
        return fail('unauthorized');
      }
      if (typeof channel !== 'string') return fail('unknown_channel');
      const decoded = decodeInput(input, wireCharsFor(channel));
      if (!decoded.ok) return wireRefusal(decoded.reason);
      return await router.invoke(terminalIdFor(terminalName, event.sender.id), channel, decoded.input);
    } catch (error) {
      log.error('ipc.listener_failed', error);
      return fail('internal');
    }
  };
}

export function registerInvokeHandler(
  router: Pick<Router, 'invoke'>,
  origin: Pick<RendererOrigin, 'isTrusted'>,
  log: Logger,
  terminalName: string,
): void {
  ipcMain.handle(INVOKE_CHANNEL, createInvokeListener(router, origin, log, terminalName));
}
