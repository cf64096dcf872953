// The e2e harness — a public test API; keep its shape stable (DESIGN.md "Testing"):
//
//   const kiosk = await launchKiosk({ demo: true });
//   const { page, app, mailbox, clock } = kiosk;
//   …
//   await kiosk.close();   // also fails when a mailed code (OTP, reset code) is in the logs
//
// app      createApp (src-main/app.ts) on a fresh temp data folder: the real router, services,
//          store (the folder's SQLite file, or `storeUrl`: e.g. a PostgreSQL database) and mailer.
//          Fast hashing (scrypt N=1024). Loaded through Vite's module runner
//          (support/load-app.ts) because the store bundles its migrations with a Vite transform.
// mailbox  a real SMTP server on 127.0.0.1 (test/fixtures/smtp-capture.ts), the app's SMTP
//          transport. The harness delivers the outbox every 100 ms, so a mail reaches the mailbox
//          moments after the change that caused it.
// clock    the app's FakeClock (default: 2026-01-05 09:00 JST). Main's time moves only when a test
//          moves it: clock.advance(61 * 60_000) makes an OTP expire. The background scheduler is
//          not started (startJobs: false): a test runs jobs with app.jobs.runDue()/runNow(name),
//          so nothing fires on its own in the middle of an assertion. The page keeps real time
//          unless `pageClock: true` installs Playwright's page.clock before the first load.
// page     Debian's Chromium through Playwright, showing the built renderer (out/renderer) from a
//          static server with the product's CSP, and window.madoguchi wired to app.router with
//          this page's own terminal id. openTerminal() adds another page (another terminal).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import type { App } from '../../src-main/app';
import { FakeClock } from '../../src-main/clock';
import type { ConfigInput } from '../../src-main/config/schema';
import type { Locale } from '../../src-shared/contract';
import { chromiumPdf } from '../fixtures/chromium-pdf';
import { type Mailbox, startMailbox } from '../fixtures/smtp-capture';
import { connectBridge } from './support/bridge';
import { linesWithSecrets, mailedSecrets } from './support/log-secrets';
import { launchChromium } from './support/chromium';
import { loadAppModule } from './support/load-app';
import { type StaticServer, startStaticServer } from './support/static-server';

export { expectAccessible } from './support/accessibility';
export { saveScreenshot } from './support/screenshots';

export interface Viewport {
  width: number;
  height: number;
}

/** A lobby kiosk stands upright (1080×1920); counters and some kiosks are landscape. */
export const PORTRAIT: Viewport = { width: 1080, height: 1920 };
export const LANDSCAPE: Viewport = { width: 1920, height: 1080 };

export interface KioskOptions {
  /** Use this data folder (kept after close) instead of a fresh temp folder (removed at close). */
  dataDir?: string;
  /** Load the demo data set (default false: an empty database). */
  demo?: boolean;
  /** Config overrides, deep-merged over the harness defaults. */
  config?: ConfigInput;
  clock?: FakeClock;
  /** Default: portrait 1080×1920. */
  viewport?: Viewport;
  /** The terminal's default language (config.defaultLocale). */
  locale?: Locale;
  /** Install Playwright's fake timers in the page before it loads (for the idle countdown). */
  pageClock?: boolean;
  /** config store.url, e.g. a postgres:// database (default: the data folder's SQLite file). */
  storeUrl?: string;
}

export interface Terminal {
  page: Page;
  terminalId: string;
  /** Uncaught page errors and console errors seen so far (a passing screen has none). */
  pageErrors: string[];
}

export interface Kiosk extends Terminal {
  app: App;
  mailbox: Mailbox;
  clock: FakeClock;
  /** The renderer's origin (http://127.0.0.1:PORT). */
  origin: string;
  /** Opens another window on the same app: a second terminal with its own session. */
  openTerminal(options?: { viewport?: Viewport; pageClock?: boolean }): Promise<Terminal>;
  close(): Promise<void>;
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function deepMerge(base: Json, over: Json): Json {
  const out: Json = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const previous = out[key];
    out[key] = isObject(value) && isObject(previous) ? deepMerge(previous, value) : value;
  }
  return out;
}

let terminalCount = 0;

async function openPage(
  browser: Browser,
  app: App,
  origin: string,
  options: { viewport: Viewport; pageClock: boolean },
): Promise<Terminal & { context: BrowserContext }> {
  const context = await browser.newContext({
    viewport: options.viewport,
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    hasTouch: true,
  });
  // The harness launches its own browser, so Playwright's `use` timeouts do not reach it.
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  terminalCount += 1;
  const terminalId = `e2e-${process.pid}-${terminalCount}`;
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  await connectBridge(page, app.router, terminalId, origin);
  if (options.pageClock) await page.clock.install();
  await page.goto(`${origin}/index.html`);
  // Every screen has exactly one h1; it appears once terminal.info has answered.
  try {
    await page.getByRole('heading', { level: 1 }).waitFor();
  } catch (error) {
    throw new Error(`the kiosk page did not show its first screen; page errors: ${JSON.stringify(pageErrors)}`, { cause: error });
  }
  return { page, terminalId, pageErrors, context };
}

export async function launchKiosk(options: KioskOptions = {}): Promise<Kiosk> {
  const ownsDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'madoguchi-e2e-'));
  const clock = options.clock ?? new FakeClock();
  const viewport = options.viewport ?? PORTRAIT;
  const cleanups: Array<() => Promise<void> | void> = [];
  const cleanup = async () => {
    const steps = cleanups.splice(0).reverse();
    for (const step of steps) {
      try {
        await step();
      } catch (error) {
        console.error('harness cleanup:', error);
      }
    }
  };
  if (ownsDataDir) cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  // The logs are read once the app has closed (every line written), before the folder goes.
  let secrets: string[] = [];
  const leaks: string[] = [];
  cleanups.push(() => {
    leaks.push(...linesWithSecrets(dataDir, secrets));
  });

  try {
    const mailbox = await startMailbox();
    cleanups.push(() => mailbox.stop());

    const defaults: ConfigInput = {
      demoData: options.demo ?? false,
      mail: { smtpUrl: mailbox.url, pool: false },
      security: { kdf: { N: 1024 } },
      ...(options.locale ? { defaultLocale: options.locale } : {}),
      ...(options.storeUrl !== undefined ? { store: { url: options.storeUrl } } : {}),
    };
    const config = deepMerge(defaults as Json, (options.config ?? {}) as Json) as ConfigInput;
    const { createApp } = await loadAppModule();
    // With print.adapter file, slips become PDFs through this harness's own Chromium (launched
    // below, before any page can ask for a print).
    const running: { browser?: Browser } = {};
    const print = {
      toPdf: chromiumPdf(() => {
        if (!running.browser) throw new Error('the harness browser is not running');
        return running.browser;
      }),
    };
    // env: {} — a developer's MADOGUCHI_* variables must not change what a test sees.
    const app = await createApp({ dataDir, config, clock, env: {}, startJobs: false, print });
    cleanups.push(() => app.close());
    cleanups.push(async () => {
      secrets = await mailedSecrets(app, mailbox);
    });

    if (!app.jobs.names.includes('mail.deliver')) throw new Error('the app has no mail.deliver job to pump');
    let pumping = true;
    const pump = (async () => {
      while (pumping) {
        await app.jobs.runNow('mail.deliver');
        await new Promise((done) => setTimeout(done, 100));
      }
    })();
    cleanups.push(async () => {
      pumping = false;
      await pump;
    });

    const server: StaticServer = await startStaticServer();
    cleanups.push(() => server.close());
    const launched = await launchChromium();
    running.browser = launched;
    cleanups.push(() => launched.close());

    const first = await openPage(launched, app, server.origin, { viewport, pageClock: options.pageClock ?? false });
    return {
      page: first.page,
      terminalId: first.terminalId,
      pageErrors: first.pageErrors,
      app,
      mailbox,
      clock,
      origin: server.origin,
      async openTerminal(more = {}) {
        const { page, terminalId, pageErrors } = await openPage(launched, app, server.origin, {
          viewport: more.viewport ?? viewport,
          pageClock: more.pageClock ?? false,
        });
        return { page, terminalId, pageErrors };
      },
      async close() {
        await cleanup();
        if (leaks.length > 0) throw new Error(`mailed codes found in the logs:\n${leaks.join('\n')}`);
      },
    };
  } catch (error) {
    await cleanup();
    throw error;
  }
}
