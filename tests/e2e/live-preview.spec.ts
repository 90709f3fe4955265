/**
 * Staff keep Live preview: the reading pages have no React, but the draft preview they open in the
 * admin (src/app/(site)/preview) does, and it follows the editor's typing through autosave.
 */
import { expect, test } from '@playwright/test'

import { createDraft, editorToken, idsBySlug, lexical } from './content'
import { adminLogin } from './helpers'

test('Live preview shows the draft and follows the editor as they type', async ({
  page,
  request,
}, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'the admin panel: desktop project only')
  const token = await editorToken(request)
  const authors = await idsBySlug(request, 'authors')
  const title = `Live preview ${Date.now()}`
  const draft = await createDraft(request, token, {
    title,
    standfirst: 'Seen before it is published.',
    body: lexical('Draft text.'),
    kind: 'commentary',
    authors: [authors['elnur-mammadov']],
  })

  await adminLogin(page, 'editor')
  await page.goto(`/admin/collections/articles/${draft.id}`)
  await page.locator('#field-title').waitFor()
  await page.getByRole('button', { name: 'Live Preview' }).click()
  const preview = page.frameLocator('iframe').first()
  await expect(preview.locator('h1')).toHaveText(title)
  await expect(preview.locator('.preview-banner')).toBeVisible()

  // Autosave stores the typing as a draft; the preview re-renders on the save, with no reload of the admin.
  await page.locator('#field-title').fill(`${title}, revised`)
  await expect(preview.locator('h1')).toHaveText(`${title}, revised`, { timeout: 20_000 })
  // Still a draft: readers see nothing of it.
  expect((await request.get(`/articles/${draft.slug}`)).status()).toBe(404)
})
