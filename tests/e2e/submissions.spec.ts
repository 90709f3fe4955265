/** "Become an analyst": sending an article with and without JavaScript, and what a bad file gets. */
import fs from 'node:fs'
import path from 'node:path'

import { expect, test, type Page } from '@playwright/test'

import { pdfBytes } from '../helpers/files'
import { readState } from './helpers'

/** A small but well-formed PDF (the integration tests' own), written to the run's temporary folder. */
function manuscriptPdf(): string {
  const file = path.join(path.dirname(readState().logFile), 'manuscript.pdf')
  fs.writeFileSync(file, pdfBytes())
  return file
}

const outbox = () => fs.readFileSync(readState().outboxFile, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line))

let senderNumber = 0
test.beforeEach(async ({ page }, testInfo) => {
  // Each test is a different sender behind the proxy, so the per-IP limit keeps them apart.
  await page.setExtraHTTPHeaders({ 'x-real-ip': `198.18.0.${(testInfo.project.name === 'mobile' ? 0 : 100) + ++senderNumber}` })
})

async function fillForm(page: Page, email: string, options: { bio?: string; file?: string } = {}) {
  await page.locator('#submission-name').fill('Leyla Aliyeva')
  await page.locator('#submission-email').fill(email)
  await page.locator('#submission-affiliation').fill('Khazar University')
  await page.locator('#submission-bio').fill(options.bio ?? 'Leyla studies energy security in the Caspian region.')
  await page.locator('#submission-kind').selectOption('commentary')
  await page.locator('#submission-title').fill('Pipelines and Peace')
  await page.locator('#submission-abstract').fill('Why energy routes shape the settlement.')
  await page.locator('#submission-language').selectOption('az')
  await page.locator('#submission-file').setInputFiles(options.file ?? manuscriptPdf())
  await page.locator('#submission-consent').check()
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('a missing field comes back named, with the values kept; a complete one gets a reference', async ({ page }, testInfo) => {
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
    await expect.poll(() => outbox().some((mail) => mail.to === email && mail.subject.includes(reference))).toBe(true)
  })
})

test('with JavaScript: a wrong file type is explained inline; a good file uploads and opens the thank-you page', async ({ page }, testInfo) => {
  const email = `leyla-js-${testInfo.project.name}-${Date.now()}@example.org`
  const fake = path.join(path.dirname(readState().logFile), 'program.docx')
  fs.writeFileSync(fake, Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(2048, 1)]))
  await page.goto('/submit')
  await page.locator('#submission-name').focus()
  await page.waitForTimeout(3_500)
  await fillForm(page, email, { file: fake })
  await page.locator('#submission-form button[type="submit"]').click()
  await expect(page.locator('#submission-file-error')).toContainText('not a DOCX, DOC, PDF or ODT')
  await expect(page).toHaveURL(/\/submit$/)

  await page.locator('#submission-file').setInputFiles(manuscriptPdf())
  await page.locator('#submission-form button[type="submit"]').click()
  await expect(page).toHaveURL(/\/submit\/thanks\?ref=TT-\d{4}-\d{4}/)
})
