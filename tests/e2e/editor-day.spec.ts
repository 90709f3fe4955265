/**
 * An editor's working day in the admin, step by step; each step is a screenshot in
 * docs/screenshots/editor-day-<N>-<what>.png. Every block makes its own data, so it passes alone
 * and in any order.
 */
import fs from 'node:fs'
import path from 'node:path'

import {
  expect,
  test,
  type APIRequestContext,
  type Browser,
  type Page,
  type TestInfo,
} from '@playwright/test'

import { docxBytes } from '../helpers/files'
import type { Id } from './content'
import { chooseOption, outbox, readState, ROOT, screenshot, signedIn } from './helpers'

/** A step of the day, kept in docs/screenshots/ as editor-day-<name>.png. */
async function step(page: Page, name: string, testInfo: TestInfo) {
  // From the top: a full-page shot of a scrolled admin repeats its sticky header mid-page.
  await page.evaluate(() => window.scrollTo(0, 0))
  const file = await screenshot(page, `editor-day-${name}`, testInfo)
  fs.copyFileSync(file, path.join(ROOT, 'docs', 'screenshots', `editor-day-${name}.png`))
}

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
    test.skip((sitePage.viewportSize()?.width ?? 0) < 600, 'the admin panel is a desktop tool')
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
