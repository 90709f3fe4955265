/**
 * The admin as an editor feels it, in Debian's Chromium on the load core: for each view, the time
 * from asking for it (navigation, or a click for the pickers) until it is usable — the element a
 * person works with is on screen and answers — not until the page has merely loaded. Each view is
 * opened once to warm up, then VIEW_RUNS times; the report takes the median and the slowest.
 * The autosave figure is the server's part of the save request (request sent → first byte back).
 */
import { chromium, type Page } from 'playwright-core'

import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../tests/helpers/chromium'

const VIEW_RUNS = 5
const USABLE_TIMEOUT_MS = 60_000

export type Samples = { medianMs: number; maxMs: number; runs: number[] }
export type AdminBench = {
  articles: number
  comments: number
  /** `error`: why a view could not be measured (the others still are). */
  views: { key: string; name: string; samples?: Samples; error?: string }[]
  autosaveServer?: Samples
}
export type AdminTargets = { articleId: string | number; submissionId: string | number }

const samples = (runs: number[]): Samples => {
  const sorted = [...runs].sort((a, b) => a - b)
  return { medianMs: sorted[Math.floor(sorted.length / 2)], maxMs: sorted.at(-1)!, runs }
}

/** A list view is usable once its first row (or its "no results") is on screen. */
const LIST_READY = '.collection-list table tbody tr, .collection-list__no-results'
/** An edit view is usable once the title can be typed into and the body editor is editable. */
const EDIT_READY = '#field-title:not([disabled]) >> visible=true'
const BODY_READY = '[data-lexical-editor="true"][contenteditable="true"]'

type View = {
  key: string
  name: string
  /** Opens the view and resolves once it is usable: with the time to count, when not all of it is. */
  open: (page: Page) => Promise<number | void>
}

function views(baseURL: string, targets: AdminTargets): View[] {
  const visit =
    (path: string, ...ready: string[]) =>
    async (page: Page) => {
      await page.goto(`${baseURL}${path}`, { waitUntil: 'commit' })
      for (const selector of ready)
        await page.locator(selector).first().waitFor({ timeout: USABLE_TIMEOUT_MS })
    }
  const editPath = `/admin/collections/articles/${targets.articleId}`
  const picker = (field: string) => async (page: Page) => {
    await visit(editPath, EDIT_READY)(page)
    const input = page.locator(`#field-${field} input`).first()
    await input.scrollIntoViewIfNeeded()
    const started = Date.now()
    // As a person opens it from the keyboard (the same as clicking the arrow).
    await input.focus()
    await page.keyboard.press('ArrowDown')
    await page.locator('.rs__option').first().waitFor({ timeout: USABLE_TIMEOUT_MS })
    // Only the picker's own time: the edit view's is measured on its own row.
    return Date.now() - started
  }
  return [
    {
      key: 'dashboard',
      name: 'Dashboard: review queue and moderation counts',
      open: visit('/admin', '.review-queue', '.moderation-notice'),
    },
    {
      key: 'articles',
      name: 'Articles list, first page',
      open: visit('/admin/collections/articles', LIST_READY),
    },
    {
      key: 'articlesSearch',
      name: 'Articles list, a search ("corridor")',
      open: visit('/admin/collections/articles?search=corridor', LIST_READY),
    },
    {
      key: 'articlesFilter',
      name: 'Articles list, a filter (kind is report)',
      open: visit('/admin/collections/articles?where[kind][equals]=report', LIST_READY),
    },
    {
      key: 'articleEdit',
      name: 'An article’s edit view',
      open: visit(editPath, EDIT_READY, BODY_READY),
    },
    { key: 'authorsPicker', name: 'Authors picker in the edit view', open: picker('authors') },
    { key: 'topicsPicker', name: 'Topics picker in the edit view', open: picker('topics') },
    {
      key: 'commentsPending',
      name: 'Comments list filtered to pending',
      open: visit('/admin/collections/comments?where[status][equals]=pending', LIST_READY),
    },
    {
      key: 'submission',
      name: 'A submission’s view',
      open: visit(`/admin/collections/submissions/${targets.submissionId}`, '#field-title'),
    },
  ]
}

/** Types into the title and waits for the autosave it causes; the server's share of that request. */
async function autosave(page: Page, baseURL: string, articleId: string | number, n: number) {
  const saved = page.waitForResponse(
    (response) =>
      response.request().method() === 'PATCH' &&
      response.url().includes(`/api/articles/${articleId}`) &&
      response.url().includes('autosave=true'),
    { timeout: USABLE_TIMEOUT_MS },
  )
  await page.locator('#field-title').fill(`Bench autosave ${n}`)
  const response = await saved
  if (!response.ok()) throw new Error(`Autosave answered ${response.status()}`)
  const timing = response.request().timing()
  return timing.responseStart - timing.requestStart
}

/** Logs in through the admin's own form, then measures every view; `articles`/`comments` label the row. */
export async function measureAdmin(
  baseURL: string,
  login: { email: string; password: string },
  targets: AdminTargets,
  corpus: { articles: number; comments: number },
): Promise<AdminBench> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS })
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    await page.goto(`${baseURL}/admin/login`)
    await page.locator('#field-email').fill(login.email)
    await page.locator('#field-password').fill(login.password)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL((url) => !url.pathname.endsWith('/login'))

    const result: AdminBench = { ...corpus, views: [] }
    for (const view of views(baseURL, targets)) {
      const runs: number[] = []
      try {
        for (let run = 0; run <= VIEW_RUNS; run++) {
          const started = Date.now()
          const counted = await view.open(page)
          if (run > 0) runs.push(counted ?? Date.now() - started)
        }
        result.views.push({ key: view.key, name: view.name, samples: samples(runs) })
      } catch (error) {
        const message = (error as Error).message.split('\n')[0]
        result.views.push({ key: view.key, name: view.name, error: message })
      }
    }

    await page.goto(`${baseURL}/admin/collections/articles/${targets.articleId}`)
    await page.locator(EDIT_READY).waitFor({ timeout: USABLE_TIMEOUT_MS })
    const saves: number[] = []
    for (let n = 0; n <= VIEW_RUNS; n++) {
      const serverMs = await autosave(page, baseURL, targets.articleId, n)
      if (n > 0) saves.push(serverMs)
    }
    result.autosaveServer = samples(saves)
    return result
  } finally {
    await browser.close()
  }
}
