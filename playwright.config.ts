// End-to-end specs in Chromium against the built renderer (out/renderer) and the real main-process
// router (test/e2e/harness.ts). `npm test` builds first; alone: npx electron-vite build && npx playwright test.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  // Each spec starts its own app, SMTP server and browser; two at a time fits a small machine.
  workers: 2,
  fullyParallel: false,
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: 'list',
});
