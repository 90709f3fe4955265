/** "Become an analyst": sending an article with and without JavaScript, and what a bad file gets. */
import fs from 'node:fs'
import path from 'node:path'

import { expect, test, type Page } from '@playwright/test'

import { docxBytes, pdfBytes } from '../helpers/files'
import { adminEditPath, editorToken, type Id } from './content'
import { adminLogin, chooseOption, outbox, readState, screenshot } from './helpers'

/** A small but well-formed PDF (the integration tests' own), written to the run's temporary folder. */
function manuscriptPdf(): string {
  const file = path.join(path.dirname(readState().logFile), 'manuscript.pdf')
  fs.writeFileSync(file, pdfBytes())
  return file
}

let senderNumber = 0
test.beforeEach(async ({ page }, testInfo) => {
  // Each test is a different sender behind the proxy, so the per-IP limit keeps them apart (also
  // after a failure, when Playwright starts a new worker and this counter starts again).
  await page.setExtraHTTPHeaders({
    'x-forwarded-for': `198.18.${(testInfo.workerIndex % 250) + 1}.${(testInfo.project.name === 'mobile' ? 0 : 100) + ++senderNumber}`,
  })
})

async function fillForm(page: Page, email: string, options: { bio?: string; file?: string } = {}) {
  await page.locator('#submission-name').fill('Leyla Aliyeva')
  await page.locator('#submission-email').fill(email)
  await page.locator('#submission-affiliation').fill('Khazar University')
  await page
    .locator('#submission-bio')
    .fill(options.bio ?? 'Leyla studies energy security in the Caspian region.')
  await page.locator('#submission-kind').selectOption('commentary')
  await page.locator('#submission-title').fill('Pipelines and Peace')
  await page.locator('#submission-abstract').fill('Why energy routes shape the settlement.')
  await page.locator('#submission-language').selectOption('az')
  await page.locator('#submission-file').setInputFiles(options.file ?? manuscriptPdf())
  await page.locator('#submission-consent').check()
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('a missing field comes back named, with the values kept; a complete one gets a reference', async ({
    page,
  }, testInfo) => {
    const email = `leyla-nojs-${testInfo.project.name}-${Date.now()}@example.org`
    await page.goto('/submit')
    await page.waitForTimeout(3_500)
    await fillForm(page, email, { bio: '' })
    await page.locator('#submission-form button[type="submit"]').click()
    await expect(page).toHaveURL(/\/submit\?submission=error/)
    await expect(page.locator('#submission-bio-error')).toHaveText('Please fill in this field.')
    await expect(page.locator('#submission-title')).toHaveValue('Pipelines and Peace')

    // The returned form has a fresh timestamp: a person takes a few seconds to fix it.
    await page.waitForTimeout(3_500)
    await fillForm(page, email)
    await page.locator('#submission-form button[type="submit"]').click()
    await expect(page).toHaveURL(/\/submit\/thanks\?ref=TT-\d{4}-\d{4}/)
    const reference = new URL(page.url()).searchParams.get('ref')!
    await expect(page.locator('main')).toContainText(reference)
    await expect
      .poll(() => outbox().some((mail) => mail.to === email && mail.subject.includes(reference)))
      .toBe(true)
  })
})

test('with JavaScript: a wrong file type is explained inline; a good file uploads with progress and opens the thank-you page', async ({
  page,
}, testInfo) => {
  const email = `leyla-js-${testInfo.project.name}-${Date.now()}@example.org`
  const fake = path.join(path.dirname(readState().logFile), 'program.docx')
  fs.writeFileSync(
    fake,
    Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(2048, 1)]),
  )
  await page.goto('/submit')
  await page.locator('#submission-name').focus()
  await page.waitForTimeout(3_500)
  await fillForm(page, email, { file: fake })
  await page.locator('#submission-form button[type="submit"]').click()
  await expect(page.locator('#submission-file-error')).toContainText('not a DOCX, DOC, PDF or ODT')
  await expect(page).toHaveURL(/\/submit$/)

  await page.locator('#submission-file').setInputFiles(manuscriptPdf())
  // A slow uplink (Chromium's network emulation), so the upload lasts long enough to be watched.
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: 2 * 1024,
  })
  const button = page.locator('#submission-form button[type="submit"]')
  await button.click()
  await expect(page.locator('#submission-form progress')).toBeVisible()
  await expect(button).toHaveText(/^Uploading… \d+%$/)
  await expect(button).toBeDisabled()
  await expect(page).toHaveURL(/\/submit\/thanks\?ref=TT-\d{4}-\d{4}/, { timeout: 30_000 })
})

test('the review desk: an editor accepts a DOCX submission, converts it, and the draft shows its text', async ({
  page,
  request,
}, testInfo) => {
  test.skip((page.viewportSize()?.width ?? 0) < 600, 'the admin panel is a desktop tool')
  const email = `review-${Date.now()}@example.org`
  const docx = path.join(path.dirname(readState().logFile), 'corridors.docx')
  fs.writeFileSync(docx, await docxBytes({ paragraphs: 3 }))

  // An outside author sends a Word manuscript through the public form.
  await page.goto('/submit')
  await page.locator('#submission-name').focus()
  await page.waitForTimeout(3_500)
  await fillForm(page, email, { file: docx })
  await page.locator('#submission-language').selectOption('en')
  await page.locator('#submission-form button[type="submit"]').click()
  await expect(page).toHaveURL(/\/submit\/thanks\?ref=TT-\d{4}-\d{4}/)
  const reference = new URL(page.url()).searchParams.get('ref')!
  const token = await editorToken(request)
  const found = await request.get(
    `/api/submissions?where[reference][equals]=${reference}&depth=0`,
    { headers: { Authorization: `JWT ${token}` } },
  )
  const submission = ((await found.json()) as { docs: { id: Id; wordCount: number }[] }).docs[0]
  expect(submission.wordCount).toBe(3 * 12 + 21)

  // An editor reads it on the review desk, with its word count, and accepts it.
  await adminLogin(page, 'editor')
  await page.goto(`/admin/collections/submissions/${submission.id}`)
  await expect(page.locator('#field-wordCount')).toHaveValue(String(submission.wordCount))
  await expect(page.getByRole('button', { name: 'Convert to draft article' })).toBeDisabled()
  await chooseOption(page, 'status', 'Accepted')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByText(/updated successfully/i)).toBeVisible()
  // Saving a decision mails nobody: the editor sends it from the decision panel (editor-day.spec.ts).
  expect(outbox().some((mail) => mail.to === email && mail.subject.endsWith('is accepted'))).toBe(
    false,
  )
  await screenshot(page, 'admin-submission-accepted', testInfo)

  // Convert: the new draft opens in the editor with the manuscript's text and structure.
  await page.getByRole('button', { name: 'Convert to draft article' }).click()
  await page.waitForURL(adminEditPath('articles'))
  const editor = page.locator('.rich-text-lexical [contenteditable="true"]').first()
  await expect(editor.locator('h2')).toHaveText('Energy corridors after 2025')
  await expect(editor.locator('li')).toHaveText([
    'First risk: transit fees',
    'Second risk: sanctions',
  ])
  await expect(editor).toContainText('Pipelines carry strategic and commercial weight.')
  await screenshot(page, 'admin-converted-draft', testInfo)

  // The draft's preview renders it as readers will see it, the footnote as an endnote.
  const articleId = adminEditPath('articles').exec(page.url())![1]
  const article = await request.get(`/api/articles/${articleId}?draft=true&depth=0`, {
    headers: { Authorization: `JWT ${token}` },
  })
  const { slug } = (await article.json()) as { slug: string }
  await page.goto(`/next/preview?path=${encodeURIComponent(`/articles/${slug}`)}`)
  await expect(page.locator('article')).toContainText(
    'Pipelines carry strategic and commercial weight.',
  )
  await expect(page.locator('article')).toContainText('State Statistical Committee, 2025 yearbook.')
  await expect(page.locator('article a[href="https://example.org/report"]')).toHaveText(
    'the full report',
  )
  await screenshot(page, 'preview-converted-draft', testInfo)
})
