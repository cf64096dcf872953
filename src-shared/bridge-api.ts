// The one object the preload (and the test harness) puts on window: a single generic invoke.
// Typed per channel on the renderer side by bridge.ts; the wire itself knows only strings.
import type { Result } from './errors';

export interface MadoguchiBridge {
  invoke(channel: string, input: unknown): Promise<Result<unknown>>;
}
