// Opens the app on a generated data folder in a fresh process, as a kiosk does at start-up, and
// prints how long createApp took and the process's memory before and after. PROBE_STORE_ENV names a
// PostgreSQL store to open instead of the folder's SQLite file.
import { createApp } from '../../../src-main/app';
import { createMemoryLogger } from '../../../src-main/log';

export const PROBE_STORE_ENV = 'MADOGUCHI_BENCH_STORE_URL';

export async function main([dataDir]: string[]): Promise<void> {
  if (!dataDir) throw new Error('usage: open-app.ts <dataDir>');
  const storeUrl = process.env[PROBE_STORE_ENV] || null;
  const before = process.memoryUsage().rss;
  const started = performance.now();
  const app = await createApp({
    dataDir,
    env: {},
    startJobs: false,
    log: createMemoryLogger(),
    config: { demoData: false, terminal: { name: 'bench-probe' }, store: { url: storeUrl } },
  });
  const openMs = performance.now() - started;
  const after = process.memoryUsage().rss;
  // The first request after opening: the kiosk's home screen asks for the terminal settings.
  const first = performance.now();
  await app.router.invoke('probe', 'terminal.info', {});
  const firstCallMs = performance.now() - first;
  await app.close();
  process.stdout.write(`${JSON.stringify({ openMs, firstCallMs, rssBefore: before, rssAfter: after })}\n`);
}
