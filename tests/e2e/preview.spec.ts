/** Draft preview is for signed-in staff only, and shows each of them only what they may read. */
import { expect, test } from '@playwright/test'

import { createDraft, editorToken, idsBySlug, lexical } from './content'
import { readState } from './helpers'

test('staff preview drafts; readers and outsiders cannot', async ({ page, request }, testInfo) => {
  const token = await editorToken(request)
  const authors = await idsBySlug(request, 'authors')
  const title = `Draft for preview ${testInfo.project.name} ${Date.now()}`
  // Elnur's draft: the demo intern writes as Arzu Bunyad, so they may not read it.
  const draft = await createDraft(request, token, {
    title,
    standfirst: 'Not public yet.',
    body: lexical('Draft text.'),
    kind: 'commentary',
    authors: [authors['elnur-mammadov']],
  })
  const previewUrl = `/next/preview?path=${encodeURIComponent(`/articles/${draft.slug}`)}`

  expect((await request.get(previewUrl, { maxRedirects: 0 })).status()).toBe(403)
  expect((await page.goto(`/articles/${draft.slug}`))?.status()).toBe(404)

  const { credentials } = readState()
  const login = async (role: 'editor' | 'intern') => {
    await page.context().clearCookies()
    const response = await page.request.post('/api/users/login', { data: credentials[role] })
    expect(response.status()).toBe(200)
  }

  await login('intern')
  expect((await page.goto(previewUrl))?.status()).toBe(404)

  await login('editor')
  await page.goto(previewUrl)
  await expect(page.locator('h1')).toHaveText(title)
  await expect(page.locator('.preview-banner')).toBeVisible()

  // An open redirect is not possible through the preview route.
  await page.goto('/next/preview?path=//example.org/')
  expect(new URL(page.url()).host).toBe(new URL(readState().baseURL).host)
})
