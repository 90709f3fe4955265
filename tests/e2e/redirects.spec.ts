/**
 * Redirects on the production server: a published article's new slug leaves its old address
 * answering 301 with the new one in every language (the query string kept), the sitemap lists the
 * new address only, an editor's redirect for an old WordPress-style path works, and the admin's
 * "Import CSV" button stores a good file and refuses a bad one by line. Everything made here is
 * removed again, and the seeded article gets its slug back (smoke.spec.ts counts on it).
 */

import { expect, test, type APIRequestContext } from '@playwright/test'

import { editorToken, type Id } from './content'
import { adminLogin, docsScreenshot, screenshot, withServerLogOnFailure } from './helpers'

const ARTICLE = 'russia-priorities-south-caucasus'
const LANGUAGES = ['', '/az', '/ru']

const auth = (token: string) => ({ Authorization: `JWT ${token}` })

/** The status and Location the server answers `url` with, not following a redirect. */
async function answer(request: APIRequestContext, url: string) {
  const response = await request.get(url, { maxRedirects: 0 })
  return { status: response.status(), location: response.headers()['location'] }
}

/** Deletes every redirect whose `from` starts with one of `prefixes` (what a test made). */
async function removeRedirects(request: APIRequestContext, token: string, prefixes: string[]) {
  for (const prefix of prefixes) {
    const where = `where[from][like]=${encodeURIComponent(prefix)}`
    const response = await request.delete(`/api/redirects?${where}`, { headers: auth(token) })
    expect(response.status(), await response.text()).toBe(200)
  }
}

async function articleId(request: APIRequestContext, slug: string): Promise<Id> {
  const response = await request.get(`/api/articles?where[slug][equals]=${slug}&depth=0`)
  const { docs } = (await response.json()) as { docs: { id: Id }[] }
  expect(docs, `the seeded article ${slug}`).toHaveLength(1)
  return docs[0]!.id
}

async function setSlug(request: APIRequestContext, token: string, id: Id, slug: string) {
  const response = await request.patch(`/api/articles/${id}`, {
    headers: auth(token),
    data: { slug },
  })
  expect(response.status(), await response.text()).toBe(200)
}

test.describe('redirects', () => {
  test.use({ extraHTTPHeaders: { 'x-forwarded-for': '192.0.2.230' } })

  test('a published article’s new slug: its old address answers 301 in every language, and the sitemap lists only the new one', async ({
    request,
  }, testInfo) => {
    const token = await editorToken(request)
    const id = await articleId(request, ARTICLE)
    const renamed = `${ARTICLE}-${testInfo.project.name}`
    await withServerLogOnFailure(async () => {
      try {
        await setSlug(request, token, id, renamed)
        for (const language of LANGUAGES)
          await expect
            .poll(() => answer(request, `${language}/articles/${ARTICLE}?utm_source=e2e`), {
              timeout: 5_000,
            })
            .toEqual({
              status: 301,
              location: `${language}/articles/${renamed}?utm_source=e2e`,
            })
        expect((await request.get(`/az/articles/${renamed}`)).status()).toBe(200)
        await expect
          .poll(async () => (await request.get('/sitemap.xml')).text(), { timeout: 5_000 })
          .toContain(`/articles/${renamed}<`)
        const sitemap = await (await request.get('/sitemap.xml')).text()
        expect(sitemap).not.toContain(`/articles/${ARTICLE}<`)
      } finally {
        // Back to its slug: the redirect from it goes by itself, the one from the test's slug is removed.
        await setSlug(request, token, id, ARTICLE)
        await removeRedirects(request, token, [`/articles/${renamed}`])
      }
      await expect
        .poll(async () => (await request.get(`/articles/${ARTICLE}`)).status(), { timeout: 5_000 })
        .toBe(200)
      await expect
        .poll(async () => (await answer(request, `/articles/${renamed}`)).status, {
          timeout: 5_000,
        })
        .toBe(404)
    })
  })

  test('an editor’s redirect for an old WordPress-style address', async ({ request }, testInfo) => {
    const token = await editorToken(request)
    const old = `/2019/05/${testInfo.project.name}-old-post`
    try {
      const made = await request.post('/api/redirects', {
        headers: auth(token),
        data: { from: `${old}/`, to: { type: 'custom', url: '/authors/arzu-bunyad' } },
      })
      expect(made.status(), await made.text()).toBe(201)
      for (const language of LANGUAGES)
        await expect
          .poll(() => answer(request, `${language}${old}`), { timeout: 5_000 })
          .toEqual({ status: 301, location: `${language}/authors/arzu-bunyad` })
      expect((await answer(request, `${old}-not-redirected`)).status).toBe(404)
    } finally {
      await removeRedirects(request, token, [old])
    }
  })

  test('an editor imports a CSV file with the admin’s Import CSV button', async ({
    browser,
    request,
  }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'the admin panel is a desktop tool')
    test.setTimeout(120_000)
    const token = await editorToken(request)
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      extraHTTPHeaders: { 'x-forwarded-for': '192.0.2.231' },
    })
    const page = await context.newPage()
    const prefix = '/old-site/'
    const choose = (name: string, text: string) =>
      page
        .locator('input[type="file"][aria-label="CSV file of redirects"]')
        .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) })
    try {
      await adminLogin(page, 'editor')
      await page.goto('/admin/collections/redirects')
      await expect(page.getByRole('button', { name: 'Import CSV' })).toBeVisible()

      // A bad row stores nothing, and the answer says which line and column.
      await choose(
        'bad.csv',
        `from,to\n${prefix}research,/articles\n${prefix}team,https://elsewhere.example/\n`,
      )
      const alert = page.getByRole('alert').filter({ hasText: 'Nothing was imported' })
      await expect(alert).toContainText('Line 3, to: Only addresses on this site')
      await screenshot(page, 'admin-redirects-import-refused', testInfo)
      expect((await answer(request, `${prefix}research`)).status).toBe(404)

      await choose(
        'old-site.csv',
        `from,to\n${prefix}research,/articles\n${prefix}team,/authors\n${prefix}about-us.html,/about\n`,
      )
      await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toHaveText(
        'Imported 3 redirects.',
      )
      await expect(page.locator('.table')).toContainText(`${prefix}about-us.html`)
      await docsScreenshot(page, 'admin-redirects-import', testInfo)
      await expect
        .poll(() => answer(request, `/ru${prefix}team`), { timeout: 5_000 })
        .toEqual({ status: 301, location: '/ru/authors' })
    } finally {
      await context.close()
      await removeRedirects(request, token, [prefix])
    }
  })
})
