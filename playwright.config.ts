/**
 * End-to-end tests against a production build (`next build` + `next start`) on a temporary,
 * migrated and seeded SQLite database: see tests/e2e/global-setup.ts. Uses the system Chromium
 * (Debian's /usr/bin/chromium; Playwright's own browser downloads are not used).
 */
import { defineConfig } from '@playwright/test'

import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './tests/helpers/chromium'

const launchOptions = { executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS }

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'tests/.output/e2e',
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // One server and one database for the whole run: tests run one after another.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  globalSetup: './tests/e2e/global-setup.ts',
  globalTeardown: './tests/e2e/global-teardown.ts',
  use: {
    // Set by the global setup, which runs before the workers start (they inherit its env).
    baseURL: process.env.E2E_BASE_URL,
    browserName: 'chromium',
    launchOptions,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'mobile', use: { viewport: { width: 375, height: 812 } } },
    { name: 'desktop', use: { viewport: { width: 1280, height: 800 } } },
  ],
})
