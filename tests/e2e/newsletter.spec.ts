/**
 * The newsletter in the browser: a reader subscribes (without and with JavaScript), confirms from
 * the mail, changes the choice, gets exactly one mail for a new article in the topic, and leaves
 * (from the page, and with a mail client's one-click POST); editors see the subscribers, the
 * mailings and send themselves a test. Mail is read from the server's outbox (src/lib/email.ts).
 */
import fs from 'node:fs'
import path from 'node:path'

import { expect, test, type APIRequestContext, type Page } from '@playwright/test'

import { createDraft, editorToken, idsBySlug, lexical, setStatus, type Id } from './content'
import {
  adminLogin,
  expectNoSeriousViolations,
  outbox,
  readState,
  ROOT,
  screenshot,
} from './helpers'

const TOPIC = 'regional-security'
const ARTICLE = '/articles/russia-priorities-south-caucasus'

let readerNumber = 0
/** Each test is a different reader behind the proxy, so the per-sender limit does not tie them together. */
test.beforeEach(async ({ page }, testInfo) => {
  await page.setExtraHTTPHeaders({
    'x-forwarded-for': `198.51.${(testInfo.workerIndex % 250) + 2}.${(testInfo.project.name === 'mobile' ? 0 : 100) + ++readerNumber}`,
  })
})

/** The form's anti-bot timer wants a few seconds between showing the form and sending it. */
const waitLikeAPerson = (page: Page) => page.waitForTimeout(3_500)

const uniqueEmail = (label: string, project: string) =>
  `${label}-${project}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.org`

type Mail = ReturnType<typeof outbox>[number] & { raw?: string }

const mailsTo = (email: string): Mail[] => outbox().filter((mail) => mail.to.includes(email))

/** Waits for the next mail to `email` whose subject or text contains `containing`. */
async function mailTo(email: string, containing: string): Promise<Mail> {
  let found: Mail | undefined
  await expect
    .poll(
      () => {
        found = mailsTo(email).find(
          (mail) => mail.subject.includes(containing) || mail.text.includes(containing),
        )
        return Boolean(found)
      },
      { timeout: 60_000, message: `a mail to ${email} with "${containing}"` },
    )
    .toBe(true)
  return found!
}

/** The link of `mail` to one of the newsletter's pages (/newsletter/confirm, …, in any language). */
const linkIn = (mail: Mail, page: string) => {
  const match = mail.text.match(new RegExp(`https?://\\S+${page}\\?\\S+`))
  if (!match) throw new Error(`no ${page} link in:\n${mail.text}`)
  return match[0]
}

/** A second reader, subscribed to everything over plain HTTP: their mail shows a mailing has gone out. */
async function subscribeWitness(request: APIRequestContext, email: string, project: string) {
  const form = await (await request.get('/newsletter')).text()
  const token = form.match(/name="token" value="([^"]+)"/)![1]
  await new Promise((resolve) => setTimeout(resolve, 3_500))
  const answer = await request.post('/subscriptions', {
    form: { email, locale: 'en', token, frequency: 'each', scope: 'all' },
    headers: { 'x-forwarded-for': `203.0.113.${project === 'mobile' ? 1 : 2}` },
    maxRedirects: 0,
  })
  expect(answer.status()).toBe(303)
  const confirm = linkIn(await mailTo(email, 'Confirm'), '/newsletter/confirm')
  expect((await request.post(confirm)).status()).toBe(200)
}

/** Published here, unpublished when the file is done: other specs count the published articles. */
const published: Id[] = []

test.afterAll(async ({ playwright }) => {
  const request = await playwright.request.newContext({ baseURL: readState().baseURL })
  const token = await editorToken(request)
  for (const id of published.splice(0)) await setStatus(request, token, id, 'draft')
  await request.dispose()
})

async function publishInTopic(request: APIRequestContext, title: string) {
  const token = await editorToken(request)
  const [authors, topics] = await Promise.all([
    idsBySlug(request, 'authors'),
    idsBySlug(request, 'topics'),
  ])
  const draft = await createDraft(request, token, {
    title,
    standfirst: 'Written during the newsletter test.',
    body: lexical('A paragraph for the subscribers.'),
    kind: 'analysis',
    authors: [authors['arzu-bunyad']],
    topics: [topics[TOPIC]],
  })
  await setStatus(request, token, draft.id, 'published')
  published.push(draft.id)
  return draft.id as Id
}

/** docs/screenshots/newsletter-<name>-<project>.png: the README and docs show these. */
async function documentScreenshot(page: Page, name: string, project: string) {
  const file = path.join(ROOT, 'docs', 'screenshots', `newsletter-${name}-${project}.png`)
  await page.screenshot({ path: file, fullPage: true })
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('subscribe to a topic, confirm, change the choice, one mail, unsubscribe, no more mail', async ({
    page,
    request,
  }, testInfo) => {
    test.setTimeout(240_000)
    const project = testInfo.project.name
    const email = uniqueEmail('nojs', project)

    // The topic page offers its own topic, ticked in advance.
    await page.goto(`/topics/${TOPIC}`)
    const box = page.locator('.newsletter-box')
    await expect(box.locator('h2')).toHaveText('Follow Regional Security by e-mail')
    await expect(box.locator('input[name="topics"]')).toBeChecked()
    await expect(box.locator('#subscribe-scope-chosen')).toBeChecked()
    await waitLikeAPerson(page)

    // Refused: back to the form with the message and the values entered.
    await box.locator('#subscribe-email').fill('not-an-address')
    await box.locator('button[type="submit"]').click()
    await expect(page).toHaveURL(/\/newsletter\?subscription=error#subscribe$/)
    await expect(page.locator('#subscribe-email-error')).toHaveText(
      'Enter an e-mail address we can write to.',
    )
    await expect(page.locator('#subscribe-email')).toHaveValue('not-an-address')
    await expect(page.locator('#subscribe-scope-chosen')).toBeChecked()
    const topicBox = page.locator('input[name="topics"]:checked')
    await expect(topicBox).toHaveCount(1)
    await waitLikeAPerson(page)

    await page.locator('#subscribe-email').fill(email)
    await page.locator('#subscribe-name').fill('Nadia Reader')
    await page.locator('#subscribe button[type="submit"]').click()
    await expect(page).toHaveURL(/\/newsletter\/sent$/)
    await expect(page.locator('h1')).toHaveText('Check your inbox')

    // Nothing is sent before the reader confirms; the link opens a page whose button confirms.
    const confirmation = await mailTo(email, 'Confirm your subscription')
    await page.goto(linkIn(confirmation, '/newsletter/confirm'))
    await expect(page.locator('h1')).toHaveText('Confirm your subscription')
    await page.getByRole('button', { name: 'Confirm' }).click()
    await expect(page.locator('h1')).toHaveText('You are subscribed')
    await screenshot(page, 'newsletter-confirmed', testInfo)

    // The preferences page, from the confirmed page's link: add an author, keep every publication.
    await page.getByRole('link', { name: 'Change what you receive' }).click()
    await expect(page.locator('h1')).toHaveText('Your newsletter')
    await expect(page.locator(`#preferences-scope-chosen`)).toBeChecked()
    const author = page.locator('#preferences input[name="authors"]').first()
    await author.check()
    await page.getByRole('button', { name: 'Save my choice' }).click()
    await expect(page.locator('#preferences .notice')).toHaveText('Saved.')
    await expect(page.locator('#preferences input[name="authors"]').first()).toBeChecked()
    await expect(page.locator('#preferences-name')).toHaveValue('Nadia Reader')
    await documentScreenshot(page, 'preferences', project)

    // "Only what I choose" with nothing chosen is refused, and nothing changes.
    for (const box of await page.locator('#preferences input[type="checkbox"]').all())
      await box.uncheck()
    await page.getByRole('button', { name: 'Save my choice' }).click()
    await expect(page.locator('#preferences-choices-error')).toHaveText(
      'Choose at least one topic or author, or everything.',
    )
    await page.goto(page.url())
    await expect(page.locator('#preferences input[name="topics"]:checked')).toHaveCount(1)

    // A new article in the topic: exactly one mail, with the links and the one-click headers.
    const witness = uniqueEmail('witness', project)
    await subscribeWitness(request, witness, project)
    const title = `Newsletter check ${project} ${Date.now()}`
    await publishInTopic(request, title)
    const mail = await mailTo(email, title)
    expect(mailsTo(email).filter((sent) => sent.subject.includes(title))).toHaveLength(1)
    const headers = (mail.raw ?? '').replace(/\r?\n[ \t]+/g, ' ')
    expect(headers).toMatch(/List-Unsubscribe: <https?:\/\/\S+\/newsletter\/unsubscribe\?s=/)
    expect(headers).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click')

    // Unsubscribe from the mail's link: a page with one button, then erased.
    await page.goto(linkIn(mail, '/newsletter/unsubscribe'))
    await expect(page.locator('h1')).toHaveText('Unsubscribe?')
    await expect(page.locator('main')).toContainText(email)
    await page.getByRole('button', { name: 'Unsubscribe' }).click()
    await expect(page.locator('h1')).toHaveText('Unsubscribed')
    const preferences = await page.request.get(linkIn(mail, '/newsletter/preferences'))
    expect(preferences.status()).toBe(400)

    // The next article reaches the witness, and not the reader who left.
    const next = `Newsletter check after leaving ${project} ${Date.now()}`
    await publishInTopic(request, next)
    await mailTo(witness, next)
    expect(mailsTo(email).filter((sent) => sent.subject.includes(next))).toHaveLength(0)
  })
})

test.describe('with JavaScript', () => {
  test('errors in place on the article, then check your inbox; one-click unsubscribe', async ({
    page,
    request,
  }, testInfo) => {
    test.setTimeout(180_000)
    const project = testInfo.project.name
    const email = uniqueEmail('js', project)
    await page.goto(ARTICLE)
    const box = page.locator('.newsletter-box')
    await expect(box.locator('h2')).toHaveText('Get our analysis by e-mail')
    await box.scrollIntoViewIfNeeded()
    await waitLikeAPerson(page)

    // Only what I choose, with nothing chosen: the options open with the message; the page stays.
    await box.locator('#subscribe-email').fill(email)
    await box.locator('summary').click()
    await box.locator('#subscribe-scope-chosen').check()
    await box.locator('button[type="submit"]').click()
    await expect(box.locator('#subscribe-choices-error')).toHaveText(
      'Choose at least one topic or author, or everything.',
    )
    await expect(page).toHaveURL(new RegExp(`${ARTICLE}$`))
    await expectNoSeriousViolations(page)
    await box.screenshot({
      path: path.join(ROOT, 'docs', 'screenshots', `newsletter-article-box-${project}.png`),
    })

    await box.locator('input[name="topics"]').first().check()
    await box.locator('#subscribe-frequency-weekly').check()
    await box.locator('button[type="submit"]').click()
    await expect(page).toHaveURL(/\/newsletter\/sent$/)

    const confirmation = await mailTo(email, 'Confirm your subscription')
    await page.goto(linkIn(confirmation, '/newsletter/confirm'))
    await page.getByRole('button', { name: 'Confirm' }).click()
    await expect(page.locator('h1')).toHaveText('You are subscribed')
    await page.getByRole('link', { name: 'Change what you receive' }).click()
    await expect(page.locator('#preferences-frequency-weekly')).toBeChecked()
    await expectNoSeriousViolations(page)
    const preferencesUrl = page.url()

    // A mail client's own button: RFC 8058 one-click POST to the List-Unsubscribe address.
    const unsubscribe = preferencesUrl.replace('/newsletter/preferences', '/newsletter/unsubscribe')
    const oneClick = await request.post(unsubscribe, {
      form: { 'List-Unsubscribe': 'One-Click' },
    })
    expect(oneClick.status()).toBe(200)
    expect((await request.get(preferencesUrl)).status()).toBe(400)
  })

  test('the newsletter page, in three languages, is accessible', async ({ page }, testInfo) => {
    for (const [address, heading] of [
      ['/newsletter', 'Get our analysis by e-mail'],
      ['/az/newsletter', 'Təhlillərimizi e-poçtla alın'],
      ['/ru/newsletter', 'Наши материалы по электронной почте'],
    ]) {
      await page.goto(address)
      await expect(page.locator('h1')).toHaveText(heading)
      await expectNoSeriousViolations(page)
    }
    await page.goto('/newsletter')
    await documentScreenshot(page, 'page', testInfo.project.name)
    await page.goto(`/topics/${TOPIC}`)
    await page.locator('.newsletter-box').scrollIntoViewIfNeeded()
    await expectNoSeriousViolations(page)
    await page.goto('/')
    await expect(page.locator('.site-footer')).toContainText('Newsletter by e-mail')
  })
})

test('editors: the subscribers with their counts and CSV, the mailings, a test send', async ({
  page,
}, testInfo) => {
  test.skip(testInfo.project.name === 'mobile', 'the admin is checked at desktop width')
  test.setTimeout(120_000)
  const editor = readState().credentials.editor.email
  await adminLogin(page, 'editor')

  await page.goto('/admin/collections/subscribers')
  const counts = page.getByRole('region', { name: 'Subscribers' })
  await expect(counts).toContainText(/\d+ subscribers?:/)
  const download = page.waitForEvent('download')
  await counts.getByRole('link', { name: 'Export as CSV' }).click()
  const csv = fs.readFileSync((await (await download).path())!, 'utf8')
  expect(csv).toMatch(/^"?email"?,/)

  await page.goto('/admin/collections/mailings')
  await expect(page.locator('.table tbody tr').first()).toBeVisible()
  fs.mkdirSync(path.join(ROOT, 'docs', 'screenshots'), { recursive: true })
  await page.screenshot({ path: path.join(ROOT, 'docs', 'screenshots', 'admin-mailings.png') })

  const before = mailsTo(editor).length
  await page.getByRole('button', { name: 'Send me a test of the next weekly digest' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'A test was sent' })).toHaveText(
    `A test was sent to ${editor}.`,
  )
  await expect.poll(() => mailsTo(editor).length).toBe(before + 1)
  expect(mailsTo(editor).at(-1)!.text).toContain('Test: this is how the mail will look.')
})
