// Runs a TypeScript entry (bench, kiosk:chromium) through Vite's module runner, so scripts get the
// same transforms as the app (TS, ?raw SQL migrations) without a separate build step.
import { resolve } from 'node:path';
import { runnerImport } from 'vite';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node test/run-ts.mjs <entry.ts> [args…]');
  process.exit(2);
}
const { module } = await runnerImport(resolve(entry), { configFile: false, logLevel: 'error' });
if (typeof module.main === 'function') {
  await module.main(args);
}
