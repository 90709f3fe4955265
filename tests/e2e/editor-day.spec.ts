/**
 * An editor's working day in the admin, as they see it, each step a screenshot kept in
 * docs/screenshots/editor-day-*.png: the review queue on the dashboard, an intern's revision of a
 * live article read as a difference from the live version and published; comments moderated a
 * selection at a time and from their rows, and a reply as the team; a manuscript read in the
 * admin and the decision e-mail previewed, edited and sent; a new staff member invited
 * by e-mail sets their own password.
 */
import {
  expect,
  test,
  type APIRequestContext,
  type Browser,
  type Locator,
  type Page,
  type TestInfo,
} from '@playwright/test'

import { docxBytes } from '../helpers/files'
import { createDraft, editorToken, idsBySlug, lexical, setStatus, type Id } from './content'
import {
  adminLogin,
  chooseOption,
  docsScreenshot,
  openArticle,
  mailsSince,
  outbox,
  readState,
  signedIn,
  withServerLogOnFailure,
} from './helpers'

/** A step of the day, kept in docs/screenshots/ as editor-day-<name>.png (or `part` of the page). */
const step = (page: Page, name: string, testInfo: TestInfo, part?: Locator) =>
  docsScreenshot(page, `editor-day-${name}`, testInfo, part)

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

test.describe('one-click moderation of a selection', () => {
  const ARTICLE = '/articles/russia-priorities-south-caucasus'

  test('an editor approves two comments at once, marks one as spam from its row, and replies as the team', async ({
    browser,
    page: sitePage,
  }, testInfo) => {
    test.setTimeout(180_000)
    const request = sitePage.request
    const auth = { Authorization: `JWT ${await editorToken(request)}` }
    const marker = `Caspian grain corridor ${Date.now()}`
    const readerEmail = `asks-for-replies-${Date.now()}@example.org`
    const firstOutbox = outbox().length

    const article = (
      (await (
        await request.get(
          `/api/articles?where[slug][equals]=${ARTICLE.split('/').pop()}&depth=0&limit=1`,
        )
      ).json()) as { docs: { id: Id }[] }
    ).docs[0]
    const { siteName } = (await (await request.get('/api/globals/site-settings')).json()) as {
      siteName: string
    }
    // Three held comments, as readers would have sent them (an editor keeps the status given).
    const created: Id[] = []
    for (const [index, text] of [
      'The ports need rail links first.',
      'What about the tariffs on the Georgian side?',
      'Buy cheap watches at example.com',
    ].entries()) {
      const response = await request.post('/api/comments', {
        headers: auth,
        data: {
          article: article.id,
          authorName: `Reader ${index + 1}`,
          authorEmail: index === 0 ? readerEmail : `reader-${index}-${Date.now()}@example.org`,
          notifyOnReply: index === 0,
          body: `${marker}: ${text}`,
          status: 'pending',
        },
      })
      expect(response.status()).toBe(201)
      created.push(((await response.json()) as { doc: { id: Id } }).doc.id)
    }
    const statusOf = async (id: Id) =>
      (
        (await (await request.get(`/api/comments/${id}?depth=0`, { headers: auth })).json()) as {
          status: string
        }
      ).status

    const page = await signedIn(browser, 'editor')
    try {
      await withServerLogOnFailure(async () => {
        // The list opens on what waits for a moderator.
        await page.goto('/admin/collections/comments')
        await expect(page).toHaveURL(
          /where%5Bstatus%5D%5Bequals%5D=pending|where\[status\]\[equals\]=pending/,
        )
        // "All" is kept as chosen: the list is not sent back to the pending filter.
        await page.getByRole('link', { name: /^All: \d+/ }).click()
        await expect(page).toHaveURL(/\/admin\/collections\/comments\?(?!.*where)/)
        await page.goto(
          `/admin/collections/comments?where[status][equals]=pending&search=${encodeURIComponent(marker)}`,
        )
        const rows = page.locator('tbody tr', { hasText: marker })
        await expect(rows).toHaveCount(3)
        const row = (index: number) => page.locator('tbody tr', { hasText: `Reader ${index}` })
        // Each row: the text, the article (to its edit view and its public page), the verdicts.
        await expect(row(1)).toContainText('The ports need rail links first.')
        await expect(row(1).getByRole('link', { name: 'On the site ↗' })).toHaveAttribute(
          'href',
          ARTICLE,
        )
        await expect(row(1).getByRole('button', { name: 'Approve', exact: true })).toBeVisible()
        await step(page, '3-comments-pending', testInfo)

        // Two ticked, approved in one click ...
        await row(1).locator('.select-row input').check()
        await row(2).locator('.select-row input').check()
        await page.getByRole('button', { name: 'Approve selected (2)' }).click()
        await expect.poll(() => statusOf(created[0])).toBe('approved')
        expect(await statusOf(created[1])).toBe('approved')
        // The list reloads after a selection's verdict: the two leave the pending list. (A row
        // verdict given while that reload is under way would be drawn over by it.)
        await expect(rows).toHaveCount(1)
        // ... and the third marked as spam from its own row, which shows its new status in place.
        await row(3).getByRole('button', { name: 'Spam', exact: true }).click()
        await expect(row(3).locator('[data-comment-status]')).toHaveText('Spam')
        expect(await statusOf(created[2])).toBe('spam')

        // A reply as the team, from the first comment's edit view.
        await page.goto(`/admin/collections/comments/${created[0]}`)
        const answer = `${marker}: Thank you, rail links are the subject of our next paper.`
        await page.getByLabel('Reply as the team').fill(answer)
        await page.getByRole('button', { name: 'Publish reply' }).click()
        await expect(page.getByRole('status').filter({ hasText: 'Reply published.' })).toBeVisible()
        const replyHref = await page
          .getByRole('link', { name: 'Open the reply →' })
          .getAttribute('href')
        created.push(replyHref!.split('/').pop()!)
        await step(page, '4-staff-reply', testInfo)

        // The reader who asked is told; the site shows the reply with the team's badge.
        await expect.poll(() => mailsSince(firstOutbox, (mail) => mail.to === readerEmail)).toBe(1)
        await expect
          .poll(async () => (await (await request.get(ARTICLE)).text()).includes(answer), {
            timeout: 5_000,
          })
          .toBe(true)
        await sitePage.goto(ARTICLE)
        const reply = sitePage.locator(`#comment-${created[3]}`)
        await expect(reply).toContainText(answer)
        await expect(reply.locator('.comment__staff')).toHaveText(`${siteName} team`)
        await step(
          sitePage,
          '5-staff-reply-on-site',
          testInfo,
          sitePage.locator(`#comment-${created[0]}`),
        )
      })
    } finally {
      // The article's discussion as it was: the day's comments go.
      for (const id of created.reverse()) {
        await request.delete(`/api/comments/${id}`, { headers: auth })
      }
      await page.context().close()
    }
  })
})

test.describe('manuscripts and decisions', () => {
  const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

  /**
   * An outside author's DOCX submission, stored through the REST API by an admin: the public form's
   * limit of submissions per address would refuse a second one within the minute.
   */
  async function submission(request: APIRequestContext, paragraphs: number) {
    const { email: adminEmail, password } = readState().credentials.admin
    const login = await request.post('/api/users/login', { data: { email: adminEmail, password } })
    const { token } = (await login.json()) as { token: string }
    const email = `analyst-${Date.now()}-${Math.random().toString(36).slice(2, 6)}@example.org`
    const response = await request.post('/api/submissions', {
      headers: { Authorization: `JWT ${token}` },
      multipart: {
        _payload: JSON.stringify({
          name: 'Leyla Hasanova',
          email,
          affiliation: 'Caucasus Research Forum',
          bio: 'Writes on Caspian energy security.',
          kind: 'analysis',
          title: 'Energy corridors after 2025',
          abstract: 'Pipelines carry strategic weight. This analysis weighs the risks.',
          language: 'en',
          consent: true,
        }),
        file: {
          name: 'corridors.docx',
          mimeType: DOCX,
          buffer: await docxBytes({ paragraphs }),
        },
      },
    })
    expect(response.status(), await response.text()).toBe(201)
    const { doc } = (await response.json()) as { doc: { id: Id; email: string } }
    return doc
  }

  /** A new submission of `paragraphs` filler paragraphs, open in an editor's admin. */
  async function openNewSubmission(browser: Browser, sitePage: Page, paragraphs: number) {
    const doc = await submission(sitePage.request, paragraphs)
    const page = await signedIn(browser, 'editor')
    await page.goto(`/admin/collections/submissions/${doc.id}`)
    return { doc, page }
  }

  /** The acceptance e-mail to this submitter (they had the "we received your article" one before). */
  const decisionTo = (email: string) => (mail: { to: string; subject: string }) =>
    mail.to === email && mail.subject.endsWith('is accepted')

  test('read a manuscript', async ({ browser, page: sitePage }, testInfo) => {
    const { page } = await openNewSubmission(browser, sitePage, 100)
    const panel = page.getByRole('region', { name: 'Manuscript' })
    // 100 filler paragraphs of 12 words and 21 more in the heading, text, list and link.
    await expect(panel.locator('[data-verdict="within"]')).toHaveText(
      '1,221 words — within the 1,000–2,000 asked.',
    )
    await expect(panel.locator('.manuscript-text h2')).toHaveText('Energy corridors after 2025')
    await expect(panel.locator('.manuscript-text ul li')).toHaveText([
      'First risk: transit fees',
      'Second risk: sanctions',
    ])
    await expect(panel).toContainText('Chicago author-date')
    await step(page, '6-manuscript', testInfo)
    await page.context().close()
  })

  test('preview and send a decision', async ({ browser, page: sitePage }, testInfo) => {
    const { doc, page } = await openNewSubmission(browser, sitePage, 3)
    const panel = page.getByRole('region', { name: 'Decision e-mail' })
    await expect(panel.getByRole('button', { name: 'Preview the e-mail' })).toBeDisabled()

    await chooseOption(page, 'status', 'Accepted')
    await panel.getByRole('button', { name: 'Preview the e-mail' }).click()
    const subject = panel.getByLabel('Subject')
    await expect(subject).toHaveValue(
      /^Your article “Energy corridors after 2025” \(TT-.+\) is accepted$/,
    )
    await expect(panel).toContainText(doc.email)
    const text = panel.getByLabel('Text')
    await expect(text).toHaveValue(/^Dear Leyla Hasanova,/)
    const note = 'P.S. Please send the sources of the figures in section 2.'
    await text.fill(`${await text.inputValue()}\n${note}`)
    await step(page, '7-decision-preview', testInfo)
    expect(outbox().some(decisionTo(doc.email))).toBe(false)

    await panel.getByRole('button', { name: 'Send the e-mail' }).click()
    await expect(panel.getByRole('status')).toContainText(`Sent to ${doc.email}`)
    await expect.poll(() => outbox().find(decisionTo(doc.email))?.text ?? '').toContain(note)
    await expect(panel.getByRole('status')).toContainText(note)
    await expect(page.locator('#field-decisionEmailedAt input')).not.toHaveValue('')
    await step(page, '8-decision-sent', testInfo)
    await page.context().close()
  })
})

test.describe('invite a staff member', () => {
  test('the admin invites, the e-mail arrives, the link sets a password, the new person logs in', async ({
    browser,
    page,
  }, testInfo) => {
    test.setTimeout(120_000)
    const email = `new.fellow.${Date.now()}@example.org`
    await withServerLogOnFailure(async () => {
      await page.setViewportSize({ width: 1280, height: 900 })
      await adminLogin(page, 'admin')
      await page.goto('/admin/collections/users')
      const invitation = page.getByRole('region', { name: 'Invite a staff member' })
      await invitation.getByLabel('Name').fill('Samir Jafarov')
      await invitation.getByLabel('E-mail').fill(email)
      await invitation.getByLabel('Role').selectOption('editor')
      await invitation.getByRole('button', { name: 'Send the invitation' }).click()
      await expect(invitation.getByRole('status')).toContainText(`Invitation sent to ${email}`)
      await step(page, '9-invite-sent', testInfo)

      const mail = outbox().find((message) => message.to === email)
      expect(mail?.subject).toContain('Your staff account')
      const link = /https?:\/\/\S+\/admin\/reset\/[a-f0-9]+/.exec(mail?.text ?? '')?.[0]
      expect(link?.startsWith(readState().baseURL)).toBe(true)

      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
      const newcomer = await context.newPage()
      await newcomer.goto(link!)
      const password = 'my-own-password-2026'
      await newcomer.locator('input[name="password"]').fill(password)
      await newcomer.locator('input[name="confirm-password"]').fill(password)
      await newcomer.locator('button[type="submit"]').click()
      await newcomer.waitForURL(/\/admin(\/login)?$/)
      if (newcomer.url().endsWith('/login')) {
        await newcomer.locator('input[name="email"]').fill(email)
        await newcomer.locator('input[name="password"]').fill(password)
        await newcomer.locator('button[type="submit"]').click()
        await newcomer.waitForURL(/\/admin$/)
      }
      await expect(
        newcomer.getByRole('button', { name: /account/i }).or(newcomer.locator('.dashboard')),
      ).toBeVisible()
      await step(newcomer, '10-new-staff-logged-in', testInfo)
      await context.close()

      const { email: adminEmail, password: adminPassword } = readState().credentials.admin
      const login = await page.request.post('/api/users/login', {
        data: { email: adminEmail, password: adminPassword },
      })
      const { token } = (await login.json()) as { token: string }
      await page.request.delete(`/api/users?where[email][equals]=${encodeURIComponent(email)}`, {
        headers: { Authorization: `JWT ${token}` },
      })
    })
  })
})
