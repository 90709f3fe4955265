/**
 * Debian's Chromium and the flags it needs in a container (no sandbox, no GPU, nothing phoning home),
 * shared by the browser tests (playwright.config.ts) and the benchmark (bench/lib/browser.ts).
 */
export const CHROMIUM_PATH = process.env.E2E_CHROMIUM || '/usr/bin/chromium'

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]
