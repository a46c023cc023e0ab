import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests: the built extension in a real Chromium (and Firefox, see
 * tests/e2e/firefox), pages served from localhost. One worker: each test file
 * starts its own browser with the extension, and the machines this runs on
 * have two cores.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  workers: 1,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  retries: 0,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]] : 'list',
  outputDir: 'test-results',
  use: { trace: 'retain-on-failure' },
});
