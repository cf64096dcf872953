// The one object the renderer may use to reach main: `window.madoguchi`. Electron's preload and the
// Playwright harness both provide it, so both implement this one declaration and the renderer's
// bridge.ts types itself against it.
import type { Result } from './errors';

/** The global name the object is exposed under. */
export const BRIDGE_GLOBAL = 'madoguchi';

export interface MadoguchiBridge {
  /** Any channel of the contract; main validates both and always answers a Result. */
  invoke(channel: string, input: unknown): Promise<Result<unknown>>;
}
