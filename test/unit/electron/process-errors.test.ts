import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { logProcessErrors, type ProcessEvents } from '../../../src-main/electron/process-errors';
import { createMemoryLogger } from '../../../src-main/log';

describe('main-process errors', () => {
  it('logs uncaught exceptions and unhandled rejections', () => {
    const target = new EventEmitter();
    const log = createMemoryLogger();
    logProcessErrors(log, target as ProcessEvents);
    target.emit('uncaughtException', new Error('boom'));
    target.emit('unhandledRejection', 'rejected');
    expect(log.entries).toMatchObject([
      { level: 'error', event: 'main.uncaught_exception', error: { message: 'boom' } },
      { level: 'error', event: 'main.unhandled_rejection', error: { message: 'rejected' } },
    ]);
  });
});
