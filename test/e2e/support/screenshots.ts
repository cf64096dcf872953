// Screenshots kept as artifacts of the run, under test-results/screenshots/.
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';

export const SCREENSHOT_DIR = resolve('test-results/screenshots');

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  const path = resolve(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: false, animations: 'disabled' });
  return path;
}
