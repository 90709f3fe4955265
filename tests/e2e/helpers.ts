/** Shared bits of the end-to-end suite: the state global-setup.ts writes, and screenshots. */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import AxeBuilder from '@axe-core/playwright'
import { expect, type Browser, type Locator, type Page, type TestInfo } from '@playwright/test'

/** The repository root (this file is tests/e2e/helpers.ts). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
/** Gitignored (/tests/.output/). */
export const OUTPUT_DIR = path.join(ROOT, 'tests', '.output')
export const DEFAULT_STATE_FILE = path.join(OUTPUT_DIR, 'e2e-state.json')
export const SCREENSHOT_DIR = path.join(OUTPUT_DIR, 'screenshots')

export type Role = 'admin' | 'editor' | 'intern'
export type Login = { email: string; password: string }

/** What global-setup.ts leaves for the tests and for global-teardown.ts. */
export type E2EState = {
  baseURL: string
  port: number
  /** Temporary folder holding the database, uploads, seed output and server.log. */
  tempDir: string
  logFile: string
  databaseUri: string
  /** The JSON-lines mail outbox of the server (see src/lib/email.ts). */
  outboxFile: string
  /** The `npx next start` process, leader of its own process group. */
  pid: number
  startedAt: string
  /** Demo staff logins from the seed, keyed by role. */
  credentials: Record<Role, Login>
  /** The server's PAYLOAD_SECRET, which a second instance of the same site must share. */
  secret: string
}

/** The state of the running suite (E2E_STATE_FILE, set by global-setup.ts, or the default path). */
export function readState(): E2EState {
  const file = process.env.E2E_STATE_FILE || DEFAULT_STATE_FILE
  let text: string
  try {
    text = fs.readFileSync(file, 'utf8')
  } catch (error) {
    throw new Error(
      `No end-to-end state at ${file} (${(error as Error).message}). Run the suite with \`npx playwright test\`, whose global setup writes it.`,
    )
  }
  return JSON.parse(text) as E2EState
}

/**
 * Saves a full-page PNG as tests/.output/screenshots/<project>-<name>.png (overwritten on every
 * run) and attaches it to the test's report. Returns the file's path.
 */
export async function screenshot(page: Page, name: string, testInfo: TestInfo): Promise<string> {
  const safe = (value: string) =>
    value.replace(/[^a-z0-9._-]+/gi, '-').replace(/^-+|-+$/g, '') || 'page'
  const file = path.join(SCREENSHOT_DIR, `${safe(testInfo.project.name)}-${safe(name)}.png`)
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true })
  await page.screenshot({ path: file, fullPage: true })
  await testInfo.attach(name, { path: file, contentType: 'image/png' })
  return file
}

/**
 * A screenshot the docs show, kept as docs/screenshots/<name>.png: the whole page as `screenshot`
 * takes it, or only `part` of it (the part of a long reading page that the docs are about).
 */
export async function docsScreenshot(
  page: Page,
  name: string,
  testInfo: TestInfo,
  part?: Locator,
): Promise<void> {
  let file: string
  if (part) {
    file = path.join(SCREENSHOT_DIR, `${testInfo.project.name}-${name}.png`)
    await part.screenshot({ path: file })
    await testInfo.attach(name, { path: file, contentType: 'image/png' })
  } else {
    // From the top: a full-page shot of a scrolled admin repeats its sticky header mid-page.
    await page.evaluate(() => window.scrollTo(0, 0))
    file = await screenshot(page, name, testInfo)
  }
  fs.copyFileSync(file, path.join(ROOT, 'docs', 'screenshots', `${name}.png`))
}

/** Signs in to the admin panel as one of the demo staff accounts and waits for the dashboard. */
export async function adminLogin(page: Page, role: Role): Promise<void> {
  const { email, password } = readState().credentials[role]
  await page.goto('/admin')
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL(/\/admin$/)
}

/**
 * A staff member signed in to the admin in a browser context of their own, so that an intern and
 * an editor can work side by side in one test. Payload locks a document while someone has it open;
 * whenever the other person's lock has not lapsed yet, this person takes over, as an editor who
 * knows the draft was handed in would.
 */
export async function signedIn(browser: Browser, role: Role): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    timezoneId: 'UTC',
  })
  const page = await context.newPage()
  await page.addLocatorHandler(page.locator('#document-locked'), (dialog) =>
    dialog.getByRole('button', { name: /take over/i }).click(),
  )
  await adminLogin(page, role)
  return page
}

/** Opens an article's edit view in English content (the admin remembers each person's last language). */
export async function openArticle(page: Page, id: string): Promise<void> {
  await page.goto(`/admin/collections/articles/${id}?locale=en`)
  await page.locator('#field-title').waitFor()
}

/** Picks an option of a Payload select field (react-select) from the keyboard. */
export async function chooseOption(page: Page, field: string, option: string): Promise<void> {
  const input = page.locator(`#field-${field} input`).first()
  await input.scrollIntoViewIfNeeded()
  await input.focus()
  await page.keyboard.press('ArrowDown')
  await page.locator('.rs__option', { hasText: option }).click()
}

/** Every message the server has composed so far (its MAIL_OUTBOX), oldest first. */
export function outbox(): { to: string; subject: string; text: string }[] {
  const file = readState().outboxFile
  if (!fs.existsSync(file)) return []
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))
}

type Mail = ReturnType<typeof outbox>[number]

/** How many e-mails `which` picks out of those the outbox received after its first `since`. */
export const mailsSince = (since: number, which: (mail: Mail) => boolean): number =>
  outbox().slice(since).filter(which).length

/** Runs `check`; when it fails, prints the end of the server's log first, where the cause usually is. */
export async function withServerLogOnFailure(check: () => Promise<void>): Promise<void> {
  try {
    await check()
  } catch (error) {
    const log = fs.existsSync(readState().logFile)
      ? fs.readFileSync(readState().logFile, 'utf8')
      : '(no server log)'
    console.error(`[e2e] server log, last 60 lines:\n${log.split('\n').slice(-60).join('\n')}`)
    throw error
  }
}

/** axe finds no serious or critical accessibility violation on the page as it is now. */
export async function expectNoSeriousViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze()
  const serious = violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  )
  expect(
    serious.map(
      (violation) =>
        `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    ),
  ).toEqual([])
}
