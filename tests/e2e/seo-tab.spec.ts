/**
 * The SEO tab of an article as staff see it: the SEO plugin's words translated (no
 * "plugin-seo:…" keys) and the search-result preview at the article's address on this site.
 * Kept as docs/screenshots/admin-seo-tab.png.
 */
import { expect, test } from '@playwright/test'

import { createDraft, editorToken, idsBySlug, lexical } from './content'
import { docsScreenshot, openArticle, readState, signedIn } from './helpers'

test('the SEO tab is translated and previews the real address', async ({
  browser,
  page: sitePage,
}, testInfo) => {
  test.skip((sitePage.viewportSize()?.width ?? 0) < 600, 'the admin panel is a desktop tool')
  const token = await editorToken(sitePage.request)
  const [author] = Object.values(await idsBySlug(sitePage.request, 'authors'))
  const draft = await createDraft(sitePage.request, token, {
    title: `Grain corridors through Georgia ${Date.now()}`,
    standfirst: 'What the new terminals change.',
    body: lexical('The ports of Poti and Batumi.'),
    kind: 'analysis',
    authors: [author],
  })
  const page = await signedIn(browser, 'editor')
  await openArticle(page, String(draft.id))
  await page.getByRole('button', { name: 'SEO', exact: true }).click()
  const address = `${readState().baseURL}/articles/${draft.slug}`
  await expect(page.getByText(address)).toBeVisible()
  await expect(page.locator('body')).not.toContainText('plugin-seo:')
  await expect(page.locator('body')).not.toContainText('https://...')
  await docsScreenshot(page, 'admin-seo-tab', testInfo)
  await sitePage.request.delete(`/api/articles/${draft.id}`, {
    headers: { Authorization: `JWT ${token}` },
  })
})
