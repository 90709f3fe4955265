/**
 * The reading pages are plain HTML: no framework runtime, no React tree to hydrate, no page data
 * inlined a second time; at most one script, ours, and one stylesheet. What a reader interacts with
 * works both ways, with JavaScript and without: reply links, "Cite this", search and the language
 * switcher (the comment and submission forms: comments.spec.ts, submissions.spec.ts).
 *
 * This is also the guard the route handlers need (src/components/page/readingPage.tsx): they
 * render with react-dom/static, which Next.js does not document for route handlers. Should an
 * upgrade refuse it, or start adding its runtime, these tests fail.
 */
import { gzipSync } from 'node:zlib'

import { expect, test, type APIRequestContext } from '@playwright/test'

import { editorToken, type Id } from './content'

const ARTICLE = '/articles/russia-priorities-south-caucasus'

/** One address of every kind of reading page, in more than one language. */
const READING_PAGES = [
  '/',
  '/az',
  '/articles',
  '/articles?kind=commentary',
  '/articles?page=2',
  ARTICLE,
  `/ru${ARTICLE}`,
  `${ARTICLE}?comment=reply&replyTo=1`,
  '/authors',
  '/authors/elnur-mammadov',
  '/authors/elnur-mammadov?page=2',
  '/topics/regional-security',
  '/ru/topics/regional-security?page=2',
  '/search?q=corridor',
  '/submit',
  '/submit/thanks?ref=TT-2026-0001',
  '/about',
  '/no/such/page',
]

/** The most JavaScript a reading page may load, gzip (issue #17). */
const MAX_SCRIPT_BYTES = 15 * 1024

async function gzipBytes(request: APIRequestContext, url: string): Promise<number> {
  const response = await request.get(url)
  expect(response.status(), url).toBe(200)
  return gzipSync(await response.body()).length
}

test('every reading page is plain HTML: no framework runtime, at most our one small script', async ({
  request,
}) => {
  for (const path of READING_PAGES) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(path === '/no/such/page' ? 404 : 200)
    expect(response.headers()['content-type'], path).toBe('text/html; charset=utf-8')
    const html = await response.text()
    expect(html, path).not.toContain('/_next/')
    expect(html, path).not.toContain('__next_f')
    expect(html, path).not.toMatch(/<link[^>]+rel="(?:preload|modulepreload)"[^>]+as="script"/)

    const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((match) => match[1])
    const executable = scripts.filter(
      (attributes) => !/type="application\/ld\+json"/.test(attributes),
    )
    // No inline script at all (the policy would refuse it): only our file, deferred, or none.
    expect(executable.length, path).toBeLessThanOrEqual(1)
    let scriptBytes = 0
    for (const attributes of executable) {
      const src = /src="(\/assets\/site\.[0-9a-f]{12}\.js)"/.exec(attributes)?.[1]
      expect(src, `${path}: ${attributes}`).toBeDefined()
      expect(attributes, path).toContain('defer')
      scriptBytes += await gzipBytes(request, src!)
    }
    expect(scriptBytes, path).toBeLessThanOrEqual(MAX_SCRIPT_BYTES)

    const stylesheets = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)]
    expect(stylesheets, path).toHaveLength(1)
    expect(stylesheets[0][0], path).toMatch(/href="\/assets\/site\.[0-9a-f]{12}\.css"/)
  }
})

test('the site script and stylesheet are kept by browsers for a year, under names that change with them', async ({
  request,
}) => {
  const html = await (await request.get(ARTICLE)).text()
  for (const [, asset] of html.matchAll(
    /(?:src|href)="(\/assets\/site\.[0-9a-f]{12}\.(?:js|css))"/g,
  )) {
    const response = await request.get(asset)
    expect(response.status(), asset).toBe(200)
    expect(response.headers()['cache-control'], asset).toBe('public, max-age=31536000, immutable')
  }
})

test('a cached page is answered again from memory by our own server, exactly as Next.js sent it', async ({
  request,
}) => {
  const path = '/topics/russia'
  let fromNext = await request.get(path)
  await expect
    .poll(async () => (fromNext = await request.get(path)).headers()['x-nextjs-cache'])
    .toBe('HIT')
  const fromMemory = await request.get(path)
  expect(fromMemory.status()).toBe(200)
  expect(fromMemory.headers()['x-thinktank-cache']).toBe('HIT')
  expect(await fromMemory.body()).toEqual(await fromNext.body())
  for (const header of ['content-type', 'content-security-policy', 'x-frame-options'])
    expect(fromMemory.headers()[header], header).toBe(fromNext.headers()[header])
  // What Next renders per request, or never caches, is never kept…
  for (const other of ['/admin/login', '/api/topics', '/healthz', '/search?q=x&kind=poem']) {
    await request.get(other)
    expect((await request.get(other)).headers()['x-thinktank-cache'], other).toBeUndefined()
  }
  // …but for search results, which say they may be (src/lib/pageCache/keep.mjs): kept until the
  // next change readers see (tests/e2e/freshness.spec.ts), and not marked as from Next's cache.
  const search = `/search?q=corridor&sort=date&n=${Date.now()}`
  const rendered = await request.get(search)
  expect(rendered.headers()['x-thinktank-cache']).toBeUndefined()
  const kept = await request.get(search)
  expect(kept.headers()['x-thinktank-cache']).toBe('HIT')
  expect(kept.headers()['x-nextjs-cache']).toBeUndefined()
  expect(await kept.body()).toEqual(await rendered.body())
})

test('a cached reading page keeps the whole head: canonical, alternates, social card, structured data', async ({
  request,
}) => {
  const html = await (await request.get(ARTICLE)).text()
  expect(html).toMatch(/^<!DOCTYPE html><html lang="en">/)
  expect(html).toMatch(/<meta charset="utf-8"\/>/i)
  expect(html).toMatch(
    /<link rel="canonical" href="https?:\/\/[^"]+\/articles\/russia-priorities-south-caucasus"\/>/,
  )
  // English only (no translation yet): its one alternate and x-default.
  expect(html).toMatch(/<link rel="alternate" hrefLang="en" href="[^"]+\/articles\//i)
  expect(html).not.toMatch(/<link rel="alternate" hrefLang="ru"/i)
  expect(html).toMatch(/<meta property="og:type" content="article"\/>/)
  expect(html).toMatch(/<meta name="twitter:card" content="summary_large_image"\/>/)
  expect(html).toContain('"@type":"Article"')
  expect(html).toMatch(/<title>[^<]+ · Caspian Policy Lab<\/title>/)
})

/**
 * The reply tests need a comment to answer on the article: an editor approves one, so that these
 * tests hold when run alone and not only after comments.spec.ts has left some behind.
 */
test.beforeAll(async ({ request }) => {
  const token = await editorToken(request)
  const found = await request.get(
    '/api/articles?where[slug][equals]=russia-priorities-south-caucasus&depth=0',
  )
  const article = ((await found.json()) as { docs: { id: Id }[] }).docs[0].id
  const created = await request.post('/api/comments', {
    headers: { Authorization: `JWT ${token}` },
    data: {
      article,
      authorName: 'A reader of the reading pages',
      authorEmail: 'reading-pages@example.org',
      body: 'A comment to reply to.',
      status: 'approved',
    },
  })
  expect(created.status()).toBe(201)
})

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled })

    test('"Reply" sets the comment form to answer that comment', async ({ page }) => {
      await page.goto(ARTICLE)
      const reply = page.locator('.comment__reply').first()
      const name = await reply.getAttribute('data-reply-name')
      const id = await reply.getAttribute('data-reply-to')
      await reply.click()
      await expect(page.locator('#respond h3')).toHaveText(`Reply to ${name}`)
      await expect(page.locator('#respond input[name="parent"]')).toHaveValue(id!)
      // Without JavaScript the link opened the article's form round trip; with it, nothing reloaded.
      if (javaScriptEnabled) await expect(page).toHaveURL(new RegExp(`${ARTICLE}$`))
      else await expect(page).toHaveURL(/\?comment=reply&replyTo=/)
      await page.locator('.comment-form__cancel').click()
      await expect(page.locator('#respond h3')).toHaveText('Leave a comment')
      await expect(page.locator('#respond input[name="parent"]')).toHaveValue('')
    })

    test('"Cite this": the citations are text to select, with a copy button where a script can copy', async ({
      page,
      context,
    }) => {
      if (javaScriptEnabled) await context.grantPermissions(['clipboard-read', 'clipboard-write'])
      await page.goto(ARTICLE)
      const first = page.locator('.cite-box__format').first()
      await expect(first.locator('pre')).toContainText('Russia')
      const button = first.getByRole('button', { name: 'Copy' })
      if (!javaScriptEnabled) {
        // A button that could do nothing is not shown.
        await expect(button).toBeHidden()
        return
      }
      await button.click()
      await expect(first.getByRole('button')).toHaveText('Copied')
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
        await first.locator('pre').textContent(),
      )
    })

    test('the language switcher and the search box', async ({ page, viewport }) => {
      await page.goto(ARTICLE)
      await page.locator('.language-switcher a[hreflang="az"]').click()
      await expect(page).toHaveURL(new RegExp(`/az${ARTICLE}$`))
      await expect(page.locator('html')).toHaveAttribute('lang', 'az-Latn-AZ')
      await page.goto('/search')
      const field = page.locator('#search-q')
      await field.fill('corridor')
      await field.press('Enter')
      await expect(page).toHaveURL(/\/search\?q=corridor/)
      await expect(field).toHaveValue('corridor')
      await expect(page.locator('.search-results mark').first()).toHaveText(/corridor/i)
      // The header's field on wide screens, a link to the search page on phones (site.css).
      await expect(page.locator('#header-search-q')).toBeVisible({
        visible: (viewport?.width ?? 0) > 520,
      })
    })
  })
}
