/**
 * Living articles in the admin and on the site: an intern translates a live article they
 * co-author into Russian as a working copy and submits it; the editor finds it in the review queue
 * as a new translation, reads the difference from the live version, and publishes Russian alone.
 * Readers then get the Russian page, hreflang and the sitemap name Russian but not Azerbaijani,
 * and a published correction shows as a dated note on the page and in its structured data.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test'

import { createDraft, editorToken, idsBySlug, lexical, setStatus, type Id } from './content'
import { screenshot, signedIn, withServerLogOnFailure } from './helpers'

/** A live article by the intern's author (Arzu Bunyad), published by the editor. */
async function liveArticle(request: APIRequestContext, token: string, title: string) {
  const authors = await idsBySlug(request, 'authors')
  const draft = await createDraft(request, token, {
    title,
    standfirst: 'How the region’s water is shared.',
    body: lexical('Three countries share the Kura and its tributaries.'),
    kind: 'analysis',
    authors: [authors['arzu-bunyad']],
  })
  await setStatus(request, token, draft.id, 'published')
  return draft
}

const hreflangs = (page: Page) =>
  page
    .locator('link[rel="alternate"][hreflang]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('hreflang')).sort())

/** The sitemap's <url> entry of one address. */
async function sitemapEntry(request: APIRequestContext, path: string) {
  const xml = await (await request.get('/sitemap.xml')).text()
  return xml.split('<url>').find((entry) => entry.includes(`${path}</loc>`)) ?? ''
}

test.describe('living articles', () => {
  test.skip(({ viewport }) => (viewport?.width ?? 0) < 600, 'the admin panel is a desktop tool')

  test('an intern translates a live article; the editor reviews the diff and publishes Russian alone', async ({
    browser,
    page: reader,
  }, testInfo) => {
    test.setTimeout(180_000)
    const token = await editorToken(reader.request)
    const title = `Sharing the Kura ${Date.now()}`
    const article = await liveArticle(reader.request, token, title)
    const russianTitle = `Как делить Куру ${Date.now()}`
    try {
      // Before any translation: English only, and the Russian page says so.
      await reader.goto(`/articles/${article.slug}`)
      expect(await hreflangs(reader)).toEqual(['en', 'x-default'])
      await reader.goto(`/ru/articles/${article.slug}`)
      await expect(reader.locator('.notice')).toContainText('не переведён')

      // The intern opens the live article in Russian and writes the translation.
      const intern = await signedIn(browser, 'intern')
      await intern.goto(`/admin/collections/articles/${article.id}?locale=ru`)
      await intern.locator('#field-title').waitFor()
      await intern.locator('#field-title').fill(russianTitle)
      await intern.locator('#field-standfirst').fill('Как страны региона делят воду.')
      await intern.locator('.rich-text-lexical [contenteditable="true"]').first().click()
      await intern.keyboard.type('Три страны делят Куру и её притоки.')
      await expect(intern.getByRole('button', { name: /^Publish/ })).toHaveCount(0)
      await intern.getByRole('button', { name: 'Submit for review' }).click()
      await expect(intern.getByRole('button', { name: 'In review' })).toBeDisabled()
      await screenshot(intern, 'admin-intern-translation', testInfo)
      // Back to English: Payload remembers each person's last content language in the admin.
      await intern.goto('/admin/collections/articles?locale=en')
      await intern.context().close()

      // Readers still see the English article and the notice.
      await reader.goto(`/ru/articles/${article.slug}`)
      await expect(reader.locator('h1')).toHaveText(title)

      // The editor's queue: a new translation, with the difference from the live version.
      const editor = await signedIn(browser, 'editor')
      const row = editor.locator('.review-queue tr', { hasText: title })
      await expect(row).toContainText('New translation (Русский)')
      await screenshot(editor, 'admin-review-queue-translation', testInfo)
      await row.getByRole('link', { name: 'Compare with the live version' }).click()
      await expect(editor.locator('body')).toContainText(russianTitle)
      await screenshot(editor, 'admin-translation-diff', testInfo)

      // "Publish in Русский": Russian goes live, nothing else changes.
      await editor.goto(`/admin/collections/articles/${article.id}?locale=ru`)
      await editor.locator('#field-title').waitFor()
      await expect(editor.locator('#field-title')).toHaveValue(russianTitle)
      await editor.getByRole('button', { name: 'Publish in Русский' }).click()
      await expect(editor.locator('.payload-toast-container')).toContainText(/success/i)
      await editor.goto('/admin/collections/articles?locale=en')
      await editor.context().close()

      await withServerLogOnFailure(async () => {
        await expect
          .poll(async () => {
            await reader.goto(`/ru/articles/${article.slug}`)
            return reader.locator('h1').textContent()
          })
          .toBe(russianTitle)
      })
      await expect(reader.locator('.notice')).toHaveCount(0)
      expect(await hreflangs(reader)).toEqual(['en', 'ru', 'x-default'])
      await screenshot(reader, 'article-published-translation', testInfo)
      await reader.goto(`/articles/${article.slug}`)
      await expect(reader.locator('h1')).toHaveText(title)
      await reader.goto(`/az/articles/${article.slug}`)
      await expect(reader.locator('.notice')).toBeVisible()
      await expect(reader.locator('link[rel="canonical"]')).toHaveAttribute(
        'href',
        new RegExp(`[^/]/articles/${article.slug}$`),
      )
      const entry = await sitemapEntry(reader.request, `/articles/${article.slug}`)
      expect(entry).toContain(`hreflang="ru"`)
      expect(entry).not.toContain('hreflang="az')
    } finally {
      await setStatus(reader.request, token, article.id, 'draft')
    }
  })

  test('a published correction is dated at the end of the article and in its structured data', async ({
    page: reader,
  }, testInfo) => {
    const token = await editorToken(reader.request)
    const article = await liveArticle(reader.request, token, `Corrected ${Date.now()}`)
    const auth = { Authorization: `JWT ${token}` }
    try {
      const corrected = await reader.request.patch(
        `/api/articles/${article.id}?publishSpecificLocale=en&locale=en`,
        {
          headers: auth,
          data: {
            _status: 'published',
            standfirst: 'How the region’s water is shared, by treaty since 2019.',
            correctionNote: 'An earlier version dated the treaty to 2017.',
          },
        },
      )
      expect(corrected.status()).toBe(200)
      await expect
        .poll(async () => {
          await reader.goto(`/articles/${article.slug}`)
          return reader.locator('.corrections').count()
        })
        .toBe(1)
      await expect(reader.locator('.corrections')).toContainText(
        'An earlier version dated the treaty to 2017.',
      )
      await expect(reader.locator('.corrections time')).toHaveAttribute('datetime', /^\d{4}-/)
      const data = await reader
        .locator('script[type="application/ld+json"]')
        .evaluateAll((scripts) => scripts.map((script) => JSON.parse(script.textContent ?? '{}')))
      const structured = data.find((item: { '@type'?: string }) => item['@type'] === 'Article')
      expect(structured.correction[0]).toMatchObject({
        '@type': 'CorrectionComment',
        text: 'An earlier version dated the treaty to 2017.',
      })
      await reader.locator('.corrections').scrollIntoViewIfNeeded()
      await screenshot(reader, 'article-correction', testInfo)
      // The Russian page shows the English text, and with it the English correction.
      await reader.goto(`/ru/articles/${article.slug}`)
      await expect(reader.locator('.corrections')).toContainText('2017')
    } finally {
      await setStatus(reader.request, token, article.id as Id, 'draft')
    }
  })
})
