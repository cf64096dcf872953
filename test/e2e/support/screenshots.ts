// Screenshots kept as artifacts of the run, under test-results/screenshots/.
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';

// MADOGUCHI_SCREENSHOT_DIR lets a private run (its own build and --output) keep its screenshots apart.
export const SCREENSHOT_DIR = resolve(process.env['MADOGUCHI_SCREENSHOT_DIR'] ?? 'test-results/screenshots');

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  const path = resolve(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: false, animations: 'disabled' });
  return path;
}
