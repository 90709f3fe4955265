/**
 * The editorial workflow in the admin panel, as people use it: an intern writes and submits a
 * draft; an editor requests changes; the intern revises and resubmits; the editor schedules it;
 * the jobs queue publishes it by itself and it appears on the site. The e-mails are checked too.
 */

import { expect, test } from '@playwright/test'

import { adminEditPath, editorToken } from './content'
import {
  openArticle,
  mailsSince,
  outbox,
  readState,
  screenshot,
  signedIn,
  withServerLogOnFailure,
} from './helpers'

test('intern drafts and submits; editor requests changes; intern resubmits; editor schedules; the jobs queue publishes it by itself', async ({
  browser,
  page: sitePage,
}, testInfo) => {
  test.skip((sitePage.viewportSize()?.width ?? 0) < 600, 'the admin panel is a desktop tool')
  test.setTimeout(240_000)
  const state = readState()
  const title = `Water diplomacy on the Kura ${Date.now()}`
  const firstOutbox = outbox().length

  // The intern writes a draft; their byline is already there; Publish is not theirs to press.
  const intern = await signedIn(browser, 'intern')
  await intern.goto('/admin/collections/articles/create')
  await intern.locator('#field-title').fill(title)
  await intern.locator('#field-standfirst').fill('Shared rivers need shared rules.')
  const body = intern.locator('.rich-text-lexical [contenteditable="true"]').first()
  await body.click()
  await intern.keyboard.type(
    'The Kura basin feeds three countries and one agreement would serve them all.',
  )
  await expect(intern.getByRole('button', { name: /^Publish/ })).toHaveCount(0)
  await intern.getByRole('button', { name: 'Submit for review' }).click()
  await intern.waitForURL(adminEditPath('articles'))
  await expect(intern.getByRole('button', { name: 'In review' })).toBeDisabled()
  const articleId = adminEditPath('articles').exec(intern.url())![1]
  // Handed in: the intern leaves the draft. Payload keeps their lock on it until it lapses, and an
  // editor who opens it meanwhile is asked to take over, which reloads the form when the question
  // comes late (wiping what they typed). So the lock goes now, as when the intern closes the tab.
  await intern.goto('/admin/collections/articles')
  const auth = { Authorization: `JWT ${await editorToken(sitePage.request)}` }
  const unlocked = await sitePage.request.delete(
    `/api/payload-locked-documents?where[document.value][equals]=${articleId}`,
    { headers: auth },
  )
  expect(unlocked.status()).toBe(200)
  await expect
    .poll(() =>
      outbox()
        .slice(firstOutbox)
        .some((mail) => mail.subject === `For review: “${title}”`),
    )
    .toBe(true)

  // The editor finds it in the review queue on the dashboard, and asks for changes.
  const editor = await signedIn(browser, 'editor')
  const queue = editor.locator('.review-queue')
  await expect(queue).toContainText(title)
  await expect(queue).toContainText('Arzu Bunyad')
  await screenshot(editor, 'admin-review-queue', testInfo)
  await expect(queue.getByRole('link', { name: title })).toHaveAttribute(
    'href',
    `/admin/collections/articles/${articleId}?locale=en`,
  )
  await expect(queue).toContainText('New article (English)')
  await openArticle(editor, articleId)
  await editor
    .locator('#field-reviewNote')
    .fill('Please name the three countries in the first paragraph.')
  await editor.getByRole('button', { name: 'Request changes' }).click()
  await expect
    .poll(
      () =>
        outbox()
          .slice(firstOutbox)
          .find((mail) => mail.subject === `Changes requested: “${title}”`)?.text ?? '',
    )
    .toContain('name the three countries')
  const changeMail = outbox()
    .slice(firstOutbox)
    .find((mail) => mail.subject === `Changes requested: “${title}”`)!
  expect(changeMail.to).toContain(state.credentials.intern.email)

  // The intern revises and sends it back.
  await editor.goto('/admin')
  await openArticle(intern, articleId)
  await expect(intern.locator('#field-reviewNote')).toHaveValue(/name the three countries/)
  await intern.locator('.rich-text-lexical [contenteditable="true"]').first().click()
  await intern.keyboard.press('End')
  await intern.keyboard.type(' Azerbaijan, Georgia and Türkiye share it.')
  await intern.getByRole('button', { name: 'Submit for review' }).click()
  await expect(intern.getByRole('button', { name: 'In review' })).toBeDisabled()
  await expect
    .poll(() => mailsSince(firstOutbox, (mail) => mail.subject === `For review: “${title}”`))
    .toBe(2)
  await intern.goto('/admin/collections/articles')

  // The editor schedules it a few seconds ahead, through Publish's schedule menu.
  await openArticle(editor, articleId)
  await expect(editor.locator('#field-reviewState')).toContainText('In review')
  await editor.locator('.publish-button .popup-button, #action-save-popup').first().click()
  await editor.getByRole('button', { name: /Schedule Publish/i }).click()
  const drawer = editor.locator('.schedule-publish')
  await drawer.getByText('Publish', { exact: true }).click()
  const due = new Date(Math.ceil((Date.now() + 20_000) / 60_000) * 60_000)
  const typed = due
    .toLocaleString('en-US', {
      month: 'short',
      day: 'numeric',
      year: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      timeZone: 'UTC',
    })
    .replace(/, (\d{4}),/, ', $1')
  await drawer.locator('.react-datepicker__input-container input').fill(typed)
  await drawer.locator('.react-datepicker__input-container input').press('Enter')
  await screenshot(editor, 'admin-schedule-drawer', testInfo)
  await drawer.getByRole('button', { name: 'Save' }).click()
  await expect(drawer.locator('.schedule-publish__upcoming')).toContainText(/Publish/)

  // A reader who comes too early gets a 404, which the site caches like any page.
  // `draft=true`: the newest draft, not the document's first save (which may predate the title).
  const stored = async (draft = false) =>
    (await (
      await sitePage.request.get(`/api/articles/${articleId}?depth=0&draft=${draft}`, {
        headers: auth,
      })
    ).json()) as { _status: string; slug: string }
  const { slug } = await stored(true)
  expect(slug).toMatch(/^water-diplomacy-on-the-kura-\d+$/)
  expect((await sitePage.request.get(`/articles/${slug}`)).status()).toBe(404)

  // Nobody touches it again: the in-app jobs runner publishes it as the editor, within a minute of
  // its time, and the cached pages refresh.
  await withServerLogOnFailure(async () => {
    await expect
      .poll(async () => (await stored())._status, { timeout: 120_000, intervals: [2_000] })
      .toBe('published')
    await expect
      .poll(async () => (await sitePage.request.get(`/articles/${slug}`)).status(), {
        timeout: 10_000,
      })
      .toBe(200)
  })
  expect(Date.now() - due.getTime()).toBeLessThan(60_000)
  await sitePage.goto(`/articles/${slug}`)
  await expect(sitePage.locator('h1')).toHaveText(title)
  await expect(sitePage.locator('article')).toContainText(
    'Azerbaijan, Georgia and Türkiye share it.',
  )
  expect(await (await sitePage.request.get('/feed.xml')).text()).toContain(title)
  expect(await (await sitePage.request.get('/sitemap.xml')).text()).toContain(`/articles/${slug}`)
  await sitePage.goto('/')
  await expect(sitePage.locator('main')).toContainText(title)
  await expect
    .poll(() =>
      outbox()
        .slice(firstOutbox)
        .some((mail) => mail.subject === `Published: “${title}”`),
    )
    .toBe(true)

  // The admin shows who published it and when.
  await openArticle(editor, articleId)
  await expect(editor.locator('#field-publishedBy')).toContainText('Demo Editor')
})
