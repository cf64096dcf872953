// Opens the app on a generated data folder in a fresh process, as a kiosk does at start-up, and
// prints how long createApp took and the process's memory before and after.
import { createApp } from '../../../src-main/app';
import { createMemoryLogger } from '../../../src-main/log';

export async function main([dataDir]: string[]): Promise<void> {
  if (!dataDir) throw new Error('usage: open-app.ts <dataDir>');
  const before = process.memoryUsage().rss;
  const started = performance.now();
  const app = createApp({ dataDir, env: {}, startJobs: false, log: createMemoryLogger(), config: { demoData: false } });
  const openMs = performance.now() - started;
  const after = process.memoryUsage().rss;
  // The first request after opening: the kiosk's home screen asks for the terminal settings.
  const first = performance.now();
  await app.router.invoke('probe', 'terminal.info', {});
  const firstCallMs = performance.now() - first;
  await app.close();
  process.stdout.write(`${JSON.stringify({ openMs, firstCallMs, rssBefore: before, rssAfter: after })}\n`);
}
