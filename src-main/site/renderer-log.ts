// Errors the screens catch (window errors, unhandled rejections, Vue's error handler) arrive on the
// public log.renderer channel and are written to main's log — before issue 16 they were lost with
// the renderer. Anyone at a kiosk can call the channel, so it is limited per machine (a burst, then
// a steady trickle) with a bounded map, and what is written is cut down: URLs lose their query and
// fragment, long digit runs (card numbers, PINs) are blanked.
import type { RendererError } from '../../src-shared/contract/operations';
import type { Clock } from '../clock';
import type { Logger } from '../log';

export const RENDERER_LOG_LIMITS = {
  /** Errors per machine per minute that are written; the rest are counted and summarised. */
  perMinute: 10,
  /** Machines remembered at once; the oldest is forgotten first. */
  maxMachines: 256,
} as const;

const URL_TAIL = /(\b[a-z][a-z0-9+.-]*:\/\/[^\s?#)'"]*)[?#][^\s)'"]*/gi;
const DIGIT_RUN = /\d{6,}/g;

/** The text as it may be logged. */
export function scrubRendererText(text: string): string {
  return text.replace(URL_TAIL, '$1').replace(DIGIT_RUN, '[digits]');
}

interface Window {
  start: number;
  written: number;
  dropped: number;
}

export class RendererLog {
  private readonly machines = new Map<string, Window>();

  constructor(
    private readonly log: Logger,
    private readonly clock: Clock,
  ) {}

  get trackedMachines(): number {
    return this.machines.size;
  }

  record(terminal: string, error: RendererError): void {
    const machine = terminal.split('/')[0] ?? terminal;
    const now = this.clock.now();
    let window = this.machines.get(machine);
    if (!window || now - window.start >= 60_000) {
      if (window && window.dropped > 0) this.log.warn('renderer.errors_dropped', { terminal: machine, dropped: window.dropped });
      window = { start: now, written: 0, dropped: 0 };
      this.machines.delete(machine);
      this.machines.set(machine, window);
      if (this.machines.size > RENDERER_LOG_LIMITS.maxMachines) {
        const oldest = this.machines.keys().next().value;
        if (oldest !== undefined) this.machines.delete(oldest);
      }
    }
    if (window.written >= RENDERER_LOG_LIMITS.perMinute) {
      window.dropped++;
      return;
    }
    window.written++;
    this.log.error('renderer.error', undefined, {
      terminal,
      kind: error.kind,
      message: scrubRendererText(error.message),
      ...(error.source !== undefined ? { source: scrubRendererText(error.source) } : {}),
      ...(error.line !== undefined ? { line: error.line, column: error.column ?? null } : {}),
      ...(error.stack !== undefined ? { stack: scrubRendererText(error.stack) } : {}),
      ...(error.route !== undefined ? { route: error.route } : {}),
    });
  }
}
