/**
 * An editor's working day in the admin, as they see it, each step a screenshot kept in
 * docs/screenshots/editor-day-*.png: the review queue on the dashboard, an intern's revision of a
 * live article read as a difference from the live version and published.
 */
import { expect, test, type Page, type TestInfo } from '@playwright/test'

import { createDraft, editorToken, idsBySlug, lexical, setStatus } from './content'
import { docsScreenshot, openArticle, signedIn, withServerLogOnFailure } from './helpers'

/** A step of the day, kept in docs/screenshots/ as editor-day-<name>.png. */
const step = (page: Page, name: string, testInfo: TestInfo) =>
  docsScreenshot(page, `editor-day-${name}`, testInfo)

test.skip(({ viewport }) => (viewport?.width ?? 0) < 600, 'the admin panel is a desktop tool')

test.describe('the review desk', () => {
  test('the queue shows what an intern sent; the editor reads the difference and publishes it', async ({
    browser,
    page: reader,
  }, testInfo) => {
    test.setTimeout(180_000)
    const token = await editorToken(reader.request)
    const title = `Ports of the Caspian ${Date.now()}`
    const authors = await idsBySlug(reader.request, 'authors')
    const article = await createDraft(reader.request, token, {
      title,
      standfirst: 'Aktau and Baku compete for the transit.',
      body: lexical('Transit through the Caspian doubled within two years.'),
      kind: 'analysis',
      authors: [authors['arzu-bunyad']],
    })
    await setStatus(reader.request, token, article.id, 'published')
    const revised = 'Aktau, Baku and Turkmenbashi compete for the transit.'
    try {
      // The intern revises the live article's standfirst and sends the revision for review.
      const intern = await signedIn(browser, 'intern')
      await openArticle(intern, String(article.id))
      await intern.locator('#field-standfirst').fill(revised)
      await intern.getByRole('button', { name: 'Submit for review' }).click()
      await expect(intern.getByRole('button', { name: 'In review' })).toBeDisabled()
      await intern.context().close()

      // Morning: the dashboard's queue says what the revision is and who sent it.
      const editor = await signedIn(browser, 'editor')
      await editor.goto('/admin?locale=en')
      const row = editor.locator('.review-queue tr', { hasText: title })
      await expect(row).toContainText('Update (English)')
      await expect(row).toContainText('Arzu Bunyad')
      await step(editor, '1-review-queue', testInfo)

      // The difference from the live version: the old standfirst and the new one.
      await row.getByRole('link', { name: 'Compare with the live version' }).click()
      await expect(editor.locator('body')).toContainText(revised)
      await expect(editor.locator('body')).toContainText('Aktau and Baku compete for the transit.')
      await step(editor, '2-review-diff', testInfo)

      await openArticle(editor, String(article.id))
      await editor.getByRole('button', { name: 'Publish in English' }).click()
      await expect(editor.locator('.payload-toast-container')).toContainText(/success/i)
      await editor.context().close()
      await withServerLogOnFailure(async () => {
        await expect
          .poll(async () => {
            await reader.goto(`/articles/${article.slug}`)
            return reader.locator('.standfirst').textContent()
          })
          .toContain('Turkmenbashi')
      })
    } finally {
      await setStatus(reader.request, token, article.id, 'draft')
    }
  })
})
