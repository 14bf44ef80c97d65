import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  // Each test starts its own Chromium; two cores fit two at a time.
  workers: process.env.CI ? 2 : 1,
  fullyParallel: true,
  timeout: 45_000,
  expect: { timeout: 7_000 },
  retries: 0,
  reporter: process.env.CI ? [['list'], ['line']] : 'list',
  outputDir: 'test-results',
});
