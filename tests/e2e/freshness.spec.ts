/**
 * Publishing through the API shows the article everywhere without a rebuild; unpublishing takes
 * it away again. Drafts never appear.
 */
import { expect, test } from '@playwright/test'

import { createDraft, editorToken, idsBySlug, lexical, setStatus, withFootnote } from './content'

test('publish and unpublish reach the page, home, topic, feed and sitemap', async ({
  page,
  request,
}, testInfo) => {
  const token = await editorToken(request)
  const authors = await idsBySlug(request, 'authors')
  const topics = await idsBySlug(request, 'topics')
  const title = `Fresh analysis ${testInfo.project.name} ${Date.now()}`
  const draft = await createDraft(request, token, {
    title,
    standfirst: 'A new piece written during the end-to-end test.',
    body: lexical(
      'First paragraph of the fresh analysis.',
      withFootnote('A sourced claim.', 'Smith 2024, 12, https://example.org/report?p=12.'),
    ),
    kind: 'analysis',
    authors: [authors['ziya-kazimzada'], authors['elnur-mammadov']],
    topics: [topics['european-politics']],
  })
  const path = `/articles/${draft.slug}`

  const appearsOn = async (url: string) => (await (await request.get(url)).text()).includes(title)
  const everywhere = [
    '/',
    '/topics/european-politics',
    '/feed.xml',
    '/topics/european-politics/feed.xml',
    '/authors/ziya-kazimzada',
  ]

  // A draft is nowhere.
  expect((await request.get(path)).status()).toBe(404)
  for (const url of everywhere) expect(await appearsOn(url), `draft on ${url}`).toBe(false)
  expect(await appearsOn('/search?q=fresh%20analysis')).toBe(false)

  await setStatus(request, token, draft.id, 'published')
  await expect.poll(async () => (await request.get(path)).status(), { timeout: 5_000 }).toBe(200)
  for (const url of everywhere)
    await expect.poll(() => appearsOn(url), { timeout: 5_000, message: url }).toBe(true)
  await expect
    .poll(async () => (await (await request.get('/sitemap.xml')).text()).includes(path), {
      timeout: 5_000,
    })
    .toBe(true)
  await page.goto(path)
  await expect(page.locator('h1')).toHaveText(title)
  // The footnote becomes a numbered marker linked to its endnote.
  await expect(page.locator('.footnote-ref a')).toHaveAttribute('href', '#fn-1')
  await expect(page.locator('.endnotes li#fn-1')).toContainText('Smith 2024, 12')
  // An address in a footnote is a link (the full stop after it is not part of it).
  await expect(page.locator('.endnotes li#fn-1 a').first()).toHaveAttribute(
    'href',
    'https://example.org/report?p=12',
  )
  // The marker is a 24 × 24 px tap target (WCAG 2.5.8), on a phone too.
  const marker = await page.locator('.footnote-ref a').boundingBox()
  expect(marker!.width).toBeGreaterThanOrEqual(24)
  expect(marker!.height).toBeGreaterThanOrEqual(24)

  await setStatus(request, token, draft.id, 'draft')
  await expect.poll(async () => (await request.get(path)).status(), { timeout: 5_000 }).toBe(404)
  for (const url of everywhere)
    await expect.poll(() => appearsOn(url), { timeout: 5_000, message: url }).toBe(false)
  await expect
    .poll(async () => (await (await request.get('/sitemap.xml')).text()).includes(path), {
      timeout: 5_000,
    })
    .toBe(false)
})
