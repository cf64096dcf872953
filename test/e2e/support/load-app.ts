// Loads src-main/app.ts through Vite's module runner. Playwright's own TypeScript loader cannot run
// it: the store bundles its SQL migrations with import.meta.glob('…?raw'), a Vite transform. The
// runner applies the same transforms as the build (and as test/run-ts.mjs), so the harness runs the
// real composition root rather than a copy. Loaded once per worker process.
import { resolve } from 'node:path';
import { runnerImport } from 'vite';

export type AppModule = typeof import('../../../src-main/app');

let loading: Promise<AppModule> | null = null;

export function loadAppModule(): Promise<AppModule> {
  loading ??= runnerImport<AppModule>(resolve('src-main/app.ts'), { configFile: false, logLevel: 'error' }).then(
    ({ module }) => module,
  );
  return loading;
}
