// `npm run kiosk:chromium`: the kiosk by hand on a machine without Electron — a development and
// evaluation path, not the product runtime. The same createApp as Electron (default data folder,
// embedded defaults: demo data, mail written as .eml files), the built renderer, and Debian's
// Chromium in app-style full screen, wired through the e2e harness transport instead of the preload.
// Run through test/run-ts.mjs (Vite's module runner), which calls main().
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { createApp } from '../../src-main/app';
import { mailFolder } from '../../src-main/mail/create-mailer';
import { connectBridge } from './support/bridge';
import { CHROMIUM_ARGS, chromiumPath } from './support/chromium';
import { startStaticServer } from './support/static-server';

const TERMINAL_ID = 'chromium-kiosk';

function explainMissingDisplay(): void {
  console.error(
    [
      'kiosk:chromium opens a visible Chromium window, but no display was found (DISPLAY is not set).',
      'Run it on a desktop session, or under a virtual display, for example:',
      '',
      '  xvfb-run -a -s "-screen 0 1080x1920x24" npm run kiosk:chromium',
      '',
      '(Debian: apt-get install xvfb chromium). The product itself runs in Electron: npm start.',
    ].join('\n'),
  );
}

export async function main(): Promise<void> {
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    explainMissingDisplay();
    process.exitCode = 1;
    return;
  }

  const dataDir = resolve(process.env.MADOGUCHI_DATA_DIR ?? '.data');
  mkdirSync(dataDir, { recursive: true });
  const app = await createApp({ dataDir });
  const server = await startStaticServer();
  const url = `${server.origin}/index.html`;
  // A throw-away browser profile: nothing a kiosk visitor typed outlives the window.
  const profile = mkdtempSync(join(tmpdir(), 'madoguchi-kiosk-profile-'));

  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: false,
    viewport: null,
    args: [...CHROMIUM_ARGS, `--app=${url}`, '--start-fullscreen'],
  });

  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await context.close().catch(() => undefined);
    await server.close();
    await app.close();
    rmSync(profile, { recursive: true, force: true });
    process.exit(code);
  };
  process.once('SIGINT', () => void stop(0));
  process.once('SIGTERM', () => void stop(0));
  context.on('close', () => void stop(0));

  const page = context.pages()[0] ?? (await context.newPage());
  await connectBridge(page, app.router, TERMINAL_ID, server.origin);
  // The --app window opened before the bridge existed; loading again runs the init script.
  await page.goto(url);
  page.on('close', () => void stop(0));

  console.log(
    [
      `Madoguchi kiosk in Chromium — ${url}`,
      `  data folder: ${dataDir}`,
      `  mail:        ${app.config.mail.smtpUrl ? 'SMTP (config)' : `.eml files in ${mailFolder(app.config, dataDir)}`}`,
      `  mode:        ${app.config.mode}`,
      'Close the window or press Ctrl+C to stop.',
    ].join('\n'),
  );
}
