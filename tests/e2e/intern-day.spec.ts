/**
 * An intern's working day in the admin, as they see it: they write a draft (the last words typed
 * before leaving are kept), send it for review and are told who was e-mailed; an editor asks for
 * changes; the intern finds the editors' message on their dashboard and above the article,
 * revises, sends it back (the message is then gone); the editor publishes; the intern sees it
 * published on their dashboard, and the versions list names who saved each version. The list
 * offers the intern no bulk Publish. Each step is a screenshot in docs/screenshots/intern-day-*.png.
 */
import { expect, test, type Page, type TestInfo } from '@playwright/test'

import { adminEditPath, editorToken, setStatus } from './content'
import {
  docsScreenshot,
  openArticle,
  mailsSince,
  outbox,
  signedIn,
  withServerLogOnFailure,
} from './helpers'

/** A step of the day, kept in docs/screenshots/ as intern-day-<name>.png. */
const step = (page: Page, name: string, testInfo: TestInfo) =>
  docsScreenshot(page, `intern-day-${name}`, testInfo)

const body = (page: Page) => page.locator('.rich-text-lexical [contenteditable="true"]').first()

test('an intern writes, submits, revises on request and sees the article published', async ({
  browser,
  page: sitePage,
}, testInfo) => {
  test.skip((sitePage.viewportSize()?.width ?? 0) < 600, 'the admin panel is a desktop tool')
  test.setTimeout(240_000)
  const title = `Caspian ports after the sanctions ${Date.now()}`
  const firstOutbox = outbox().length
  const token = await editorToken(sitePage.request)
  const auth = { Authorization: `JWT ${token}` }
  const latest = async (id: string) =>
    (await (
      await sitePage.request.get(`/api/articles/${id}?depth=0&draft=true&locale=en`, {
        headers: auth,
      })
    ).json()) as { title: string; standfirst: string; reviewState: string; reviewNote?: string }

  // Morning: the intern's dashboard is about their own articles.
  const intern = await signedIn(browser, 'intern')
  await intern.goto('/admin?locale=en')
  const desk = intern.locator('.your-articles')
  await expect(desk.getByRole('heading', { name: 'Your articles' })).toBeVisible()
  await expect(intern.locator('.review-queue')).toHaveCount(0)

  // They write a draft. The last words, typed just before leaving through a link, are kept.
  await intern.goto('/admin/collections/articles/create?locale=en')
  await intern.waitForURL(adminEditPath('articles'))
  const articleId = adminEditPath('articles').exec(intern.url())![1]
  await intern.locator('#field-title').fill(title)
  await intern.locator('#field-standfirst').fill('Aktau and Baku compete for the transit.')
  await body(intern).click()
  await intern.keyboard.type('Transit through the Caspian doubled within two years.')
  await intern.keyboard.type(' The last sentence, typed just before leaving.')
  await intern.locator('.step-nav a[href="/admin/collections/articles"]').click()
  await intern.waitForURL(/\/admin\/collections\/articles(\?|$)/)
  await expect
    .poll(async () => JSON.stringify(await latest(articleId)))
    .toContain('typed just before leaving')
  await openArticle(intern, articleId)
  await expect(body(intern)).toContainText('The last sentence, typed just before leaving.')

  // Leaving otherwise (a reload) with unsaved typing asks first.
  await intern.locator('#field-standfirst').fill('Aktau and Baku compete for the same transit.')
  const asked = new Promise<string>((resolve) =>
    intern.once('dialog', (dialog) => {
      resolve(dialog.type())
      void dialog.accept()
    }),
  )
  await intern.reload()
  expect(await asked).toBe('beforeunload')
  await intern.locator('#field-title').waitFor()
  await expect
    .poll(async () => (await latest(articleId)).standfirst)
    .toBe('Aktau and Baku compete for the same transit.')
  await step(intern, '1-draft', testInfo)

  // Sent for review: the confirmation says who was told.
  await intern.getByRole('button', { name: 'Submit for review' }).click()
  await expect(intern.getByText(/Sent for review: the \d+ editors were e-mailed\./)).toBeVisible()
  await expect(intern.getByRole('button', { name: 'In review' })).toBeDisabled()
  await step(intern, '2-submitted', testInfo)
  await intern.goto('/admin?locale=en')
  await expect(desk.locator('.your-articles__in-review')).toContainText(title)
  // Handed in: the intern's lock on the draft goes, as when they close the tab.
  await sitePage.request.delete(
    `/api/payload-locked-documents?where[document.value][equals]=${articleId}`,
    { headers: auth },
  )

  // The editor asks for changes, and is told the author was e-mailed.
  const editor = await signedIn(browser, 'editor')
  await openArticle(editor, articleId)
  const message =
    'Please compare the port fees of Aktau and Baku in a table.\nAnd date the transit figures.'
  await editor.locator('#field-reviewNote').fill(message)
  await editor.getByRole('button', { name: 'Request changes' }).click()
  await expect(
    editor.getByText('Changes requested: your message was e-mailed to the author.'),
  ).toBeVisible()
  await step(editor, '3-changes-requested', testInfo)
  await editor.goto('/admin?locale=en')

  // The intern's dashboard puts the editors' message first, in full.
  await intern.goto('/admin?locale=en')
  const changes = desk.locator('.your-articles__changes-requested')
  await expect(changes).toContainText(title)
  await expect(changes.locator('blockquote')).toHaveText(message)
  await expect(desk.locator('.your-articles__in-review')).not.toContainText(title)
  await step(intern, '4-dashboard-changes-requested', testInfo)

  // The article opens with the message above it; the intern revises and sends it back.
  await changes.getByRole('link', { name: title }).click()
  await intern.locator('#field-title').waitFor()
  await expect(intern.locator('.changes-requested-notice')).toContainText(
    'compare the port fees of Aktau and Baku',
  )
  await expect(intern.locator('#field-savedBy')).toHaveCount(0)
  await step(intern, '5-article-with-message', testInfo)
  await body(intern).click()
  await intern.keyboard.press('Control+End')
  await intern.keyboard.type(' Port fees (2025): Aktau 4.1 USD/t, Baku 3.8 USD/t.')
  await intern.getByRole('button', { name: 'Submit for review' }).click()
  await expect(intern.getByText(/Sent for review: the \d+ editors were e-mailed\./)).toBeVisible()
  await expect(intern.locator('.changes-requested-notice')).toHaveCount(0)
  await intern.goto('/admin?locale=en')
  await expect(desk.locator('.your-articles__changes-requested')).toHaveCount(0)
  await expect(desk.locator('.your-articles__in-review')).toContainText(title)
  expect((await latest(articleId)).reviewNote ?? null).toBeNull()
  await expect
    .poll(() => mailsSince(firstOutbox, (mail) => mail.subject === `For review: “${title}”`))
    .toBe(2)

  // The editor publishes it; the intern's dashboard shows it published.
  await sitePage.request.delete(
    `/api/payload-locked-documents?where[document.value][equals]=${articleId}`,
    { headers: auth },
  )
  await withServerLogOnFailure(() => setStatus(sitePage.request, token, articleId, 'published'))
  try {
    await intern.goto('/admin?locale=en')
    await expect(desk.locator('.your-articles__published')).toContainText(title)
    await expect(desk.locator('.your-articles__in-review')).not.toContainText(title)
    await step(intern, '6-dashboard-published', testInfo)

    // The versions list says who saved each version: to the editor by name; the intern sees
    // their own name, and the editor's account (which is not theirs to read) as a colleague.
    await editor.goto(`/admin/collections/articles/${articleId}/versions`)
    const byName = editor.locator('.version-history__saved-by')
    await expect(byName.first()).toHaveText('Demo Editor')
    await expect(byName.filter({ hasText: 'Arzu Bunyad' }).first()).toBeVisible()
    await step(editor, '7-versions', testInfo)
    await intern.goto(`/admin/collections/articles/${articleId}/versions`)
    const asSeen = intern.locator('.version-history__saved-by')
    await expect(asSeen.first()).toHaveText('a colleague')
    await expect(asSeen.filter({ hasText: 'Arzu Bunyad' }).first()).toBeVisible()

    // The list offers the intern no bulk Publish or Unpublish; the editor keeps them.
    await intern.goto('/admin/collections/articles?locale=en')
    await intern.locator('.table tbody tr').first().locator('input[type="checkbox"]').check()
    const selection = intern.locator('.list-selection')
    await expect(selection.getByRole('button', { name: 'Edit', exact: true })).toBeVisible()
    await expect(selection.getByRole('button', { name: 'Publish', exact: true })).toBeHidden()
    await expect(selection.getByRole('button', { name: 'Unpublish', exact: true })).toBeHidden()
    await step(intern, '8-list-without-publish', testInfo)
    await editor.goto('/admin/collections/articles?locale=en')
    await editor.locator('.table tbody tr').first().locator('input[type="checkbox"]').check()
    await expect(
      editor.locator('.list-selection').getByRole('button', { name: 'Publish', exact: true }),
    ).toBeVisible()
  } finally {
    // The smoke test counts the seeded published articles: this one goes again.
    await setStatus(sitePage.request, token, articleId, 'draft')
    await sitePage.request.delete(`/api/articles/${articleId}`, { headers: auth })
  }
})
