/** Reader comments in the browser: without and with JavaScript, moderation in the admin, e-mails. */
import fs from 'node:fs'
import path from 'node:path'

import { expect, test, type Page } from '@playwright/test'

import { adminEditPath, editorToken, type Id } from './content'
import { adminLogin, chooseOption, outbox, readState, ROOT } from './helpers'

const ARTICLE = '/articles/russia-priorities-south-caucasus'

let readerNumber = 0
/**
 * Each test is a different reader behind the proxy (X-Forwarded-For), so the 15-second flood limit per
 * IP address does not tie the tests together (also after a failure, when Playwright starts a new
 * worker and this counter starts again).
 */
test.beforeEach(async ({ page }, testInfo) => {
  await page.setExtraHTTPHeaders({
    'x-forwarded-for': `192.0.${(testInfo.workerIndex % 250) + 2}.${(testInfo.project.name === 'mobile' ? 0 : 100) + ++readerNumber}`,
  })
})

/** The form's anti-bot timer wants a few seconds between showing the form and sending it. */
const waitLikeAPerson = (page: Page) => page.waitForTimeout(3_500)

async function fill(page: Page, name: string, email: string, body: string) {
  await page.locator('#comment-authorName').fill(name)
  await page.locator('#comment-authorEmail').fill(email)
  await page.locator('#comment-body').fill(body)
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('a refused comment comes back with messages and the values kept; a good one is held', async ({
    page,
  }, testInfo) => {
    const email = `nojs-${testInfo.project.name}-${Date.now()}@example.org`
    await page.goto(ARTICLE)
    await waitLikeAPerson(page)
    await fill(page, '', 'not-an-email', '')
    await page.locator('#respond button[type="submit"]').click()
    await expect(page).toHaveURL(/\?comment=error#respond$/)
    await expect(page.locator('#comment-authorName-error')).toHaveText(
      'Please enter your name here',
    )
    await expect(page.locator('#comment-body-error')).toHaveText('Please enter your comment!')
    await expect(page.locator('#comment-authorEmail-error')).toContainText('valid e-mail address')
    await expect(page.locator('#comment-authorEmail')).toHaveValue('not-an-email')

    await fill(
      page,
      'No-script Reader',
      email,
      `Read with JavaScript off (${testInfo.project.name}).`,
    )
    await page.locator('#respond button[type="submit"]').click()
    await expect(page).toHaveURL(/\?comment=held#comments$/)
    await expect(page.locator('#respond .notice')).toHaveText(
      'Thank you! Your comment is awaiting moderation.',
    )
    // Held, so not shown yet, and the e-mail address is never on the page.
    await expect(page.locator('#comments')).not.toContainText('Read with JavaScript off')
    expect(await page.content()).not.toContain(email)
  })
})

test('with JavaScript: inline errors, no reload, the reader sees their comment awaiting moderation', async ({
  page,
}, testInfo) => {
  await page.goto(ARTICLE)
  const url = page.url()
  await page.locator('#comment-authorName').focus()
  await waitLikeAPerson(page)
  await page.locator('#respond button[type="submit"]').click()
  await expect(page.locator('#comment-body-error')).toHaveText('Please enter your comment!')
  expect(page.url()).toBe(url)

  const body = `Posted with JavaScript (${testInfo.project.name} ${Date.now()}).`
  await fill(page, 'Script Reader', `js-${Date.now()}@example.org`, body)
  await page.locator('#respond button[type="submit"]').click()
  await expect(page.locator('.comment--pending')).toContainText(body)
  await expect(page.locator('.comment--pending')).toContainText('Awaiting moderation')
  expect(page.url()).toBe(url)
})

test('an editor approves a comment in the admin; it appears on the article; the e-mails went out', async ({
  page,
  request,
}, testInfo) => {
  const state = readState()
  const marker = `Approve me please ${testInfo.project.name} ${Date.now()}`
  const before = outbox().length

  // A reader posts (as a plain form, like the no-JS test) ...
  await page.goto(ARTICLE)
  await page.locator('#comment-authorName').focus()
  await waitLikeAPerson(page)
  await fill(page, 'Moderated Reader', `mod-${Date.now()}@example.org`, marker)
  await page.locator('#respond button[type="submit"]').click()
  await expect(page.locator('.comment--pending')).toContainText(marker)

  // ... the editors are told ...
  await expect
    .poll(
      () =>
        outbox()
          .slice(before)
          .filter((mail) => mail.subject.startsWith('Comment awaiting moderation')).length,
    )
    .toBeGreaterThan(0)
  const notice = outbox()
    .slice(before)
    .find((mail) => mail.text.includes(marker))!
  expect(notice.to).toContain(state.credentials.editor.email)
  const adminLink = adminEditPath('comments').exec(notice.text)
  expect(adminLink).not.toBeNull()

  // ... and an editor approves it in the admin panel.
  await adminLogin(page, 'editor')
  // The dashboard and the comments list show what waits for moderation.
  await expect(page.locator('.moderation-notice')).toContainText(/\d+ comments? awaits? moderation/)
  await expect(page.locator('.moderation-notice')).toContainText(/\d+ new submissions?/)
  await page.goto('/admin/collections/comments')
  await expect(page.getByRole('list', { name: 'Comments by status' })).toContainText(/Pending: \d+/)
  await page.goto(new URL(adminLink![0], state.baseURL).pathname)
  await chooseOption(page, 'status', 'Approved')
  const save = page.getByRole('button', { name: 'Save' })
  await expect(save).toBeEnabled()
  await save.click()
  await expect(page.getByText(/updated successfully/i)).toBeVisible()

  await expect
    .poll(async () => (await (await request.get(ARTICLE)).text()).includes(marker), {
      timeout: 3_000,
    })
    .toBe(true)
  expect(
    (
      await request.get('/api/comments?where[status][equals]=pending', {
        headers: { Authorization: `JWT ${await editorToken(request)}` },
      })
    ).status(),
  ).toBe(200)
})

test('hostile comments are stored and shown as inert text', async ({ page, request }, testInfo) => {
  const payloads = fs
    .readFileSync(path.join(ROOT, 'tests', 'fixtures', 'xss-payloads.txt'), 'utf8')
    .split('\n')
    .filter(Boolean)
  expect(payloads.length).toBeGreaterThanOrEqual(50)
  const token = await editorToken(request)
  const articles = (await (
    await request.get(
      '/api/articles?where[slug][equals]=us-china-competition-middle-corridor&depth=0',
    )
  ).json()) as { docs: { id: Id }[] }
  // Stored as editors' approved comments (moderators skip the flood limit), so all show at once.
  for (const [index, body] of payloads.entries()) {
    const response = await request.post('/api/comments', {
      headers: { Authorization: `JWT ${token}` },
      data: {
        article: articles.docs[0].id,
        authorName: `Tester ${index}<script>window.__xss=1</script>`,
        authorEmail: `xss${index}@example.org`,
        body: `${testInfo.project.name} ${body}`,
        status: 'approved',
      },
    })
    expect(response.status(), body).toBe(201)
  }
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  await page.goto('/articles/us-china-competition-middle-corridor')
  await page.waitForTimeout(1_000)
  expect(dialogs).toEqual([])
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined()
  // Every payload is on the page as text; no element it tried to create exists.
  const texts = await page.locator('.comment-list .comment__body').allTextContents()
  for (const body of payloads)
    expect(texts, body).toContain(`${testInfo.project.name} ${body}`.trim())
  expect(
    await page
      .locator(
        '.comment-list script, .comment-list img, .comment-list iframe, .comment-list svg, .comment-list [onerror], .comment-list [onload]',
      )
      .count(),
  ).toBe(0)
  for (const link of await page.locator('.comment-list .comment__body a').all()) {
    expect(await link.getAttribute('href')).toMatch(/^https?:\/\//)
    expect(await link.getAttribute('rel')).toBe('nofollow ugc noopener')
  }
  expect(await page.content()).not.toContain('xss0@example.org')
})

test('a reply notification carries a working unsubscribe link', async ({
  page,
  request,
}, testInfo) => {
  const token = await editorToken(request)
  const auth = { Authorization: `JWT ${token}` }
  const articles = (await (
    await request.get('/api/articles?where[slug][equals]=russia-priorities-south-caucasus&depth=0')
  ).json()) as { docs: { id: Id }[] }
  const article = articles.docs[0].id
  const parentEmail = `parent-${testInfo.project.name}-${Date.now()}@example.org`
  const parent = await request.post('/api/comments', {
    headers: auth,
    data: {
      article,
      authorName: 'Asks for replies',
      authorEmail: parentEmail,
      body: 'Tell me when someone answers.',
      status: 'approved',
      notifyOnReply: true,
    },
  })
  const parentId = ((await parent.json()) as { doc: { id: Id } }).doc.id
  const before = outbox().length
  await request.post('/api/comments', {
    headers: auth,
    data: {
      article,
      parent: parentId,
      authorName: 'Editor',
      authorEmail: 'editor-reply@example.org',
      body: 'An answer.',
      status: 'approved',
    },
  })
  await expect
    .poll(() =>
      outbox()
        .slice(before)
        .some((mail) => mail.to === parentEmail),
    )
    .toBe(true)
  const mail = outbox()
    .slice(before)
    .find((message) => message.to === parentEmail)!
  expect(mail.subject).toMatch(/^New reply to your comment/)
  const link = /(https?:\/\/\S+\/comments\/unsubscribe\S+)/.exec(mail.text)![1]
  const notifies = async () =>
    (
      (await (await request.get(`/api/comments/${parentId}`, { headers: auth })).json()) as {
        notifyOnReply: boolean
      }
    ).notifyOnReply
  // Opening the link (as a mail scanner would) only asks; the page's button unsubscribes.
  await page.goto(link)
  await expect(page.locator('h1')).toHaveText('Stop reply e-mails?')
  await expect(page.locator('.site-header')).toBeVisible()
  expect(await notifies()).toBe(true)
  await page.getByRole('button', { name: 'Unsubscribe' }).click()
  await expect(page.locator('h1')).toHaveText('Unsubscribed')
  expect(await notifies()).toBe(false)
  // A mail client's RFC 8058 one-click POST to the same address works as well.
  const oneClick = await request.post(link, { form: { 'List-Unsubscribe': 'One-Click' } })
  expect(oneClick.status()).toBe(200)
  expect((await request.get(link.replace(/token=[^&]+/, 'token=forged'))).status()).toBe(400)
})
