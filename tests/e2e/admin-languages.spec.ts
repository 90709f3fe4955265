/**
 * The admin in the staff member's language: an editor switches it to Russian with Payload's own
 * picker on the account page, sees Payload's Russian interface and our review queue and moderation
 * counts in Russian, and the choice is stored on the account (their e-mails' language), so a new
 * browser opens the admin in Russian too. A reader's comment from a Russian page records Russian.
 */
import path from 'node:path'

import { expect, test, type APIRequestContext, type Page } from '@playwright/test'

import { createDraft, editorToken, idsBySlug, lexical, type Id } from './content'
import { adminLogin, readState, ROOT, screenshot } from './helpers'

const RUSSIAN_ARTICLE = '/ru/articles/russia-priorities-south-caucasus'

let draftId: Id | undefined

async function editor(request: APIRequestContext) {
  const token = await editorToken(request)
  const headers = { Authorization: `JWT ${token}` }
  const me = await (await request.get('/api/users/me', { headers })).json()
  return { token, headers, id: me.user.id as Id, language: me.user.language as string }
}

// Whatever happened, the demo editor is English again for the other specs (a browser without the
// language cookie opens the admin in the account's language), and the draft is gone.
test.afterAll(async ({ playwright }) => {
  const request = await playwright.request.newContext({ baseURL: readState().baseURL })
  const { headers, id } = await editor(request)
  await request.patch(`/api/users/${id}`, { headers, data: { language: 'en' } })
  if (draftId !== undefined) await request.delete(`/api/articles/${draftId}`, { headers })
  await request.dispose()
})

async function pickAdminLanguage(page: Page, name: string) {
  await page.goto('/admin/account')
  const input = page.locator('#language-select')
  await input.focus()
  await page.keyboard.press('ArrowDown')
  await page.locator('.rs__option', { hasText: name }).click()
}

test('an editor who switches the admin to Russian sees it in Russian, ours included; the account keeps the choice', async ({
  page,
  browser,
  request,
}, testInfo) => {
  test.skip((page.viewportSize()?.width ?? 0) < 600, 'the admin panel is a desktop tool')
  test.setTimeout(120_000)
  const account = await editor(request)
  expect(account.language).toBe('en')

  // A draft waiting for review, so the queue has a row.
  const authors = await idsBySlug(request, 'authors')
  const title = `Средний коридор и Каспий ${Date.now()}`
  const draft = await createDraft(request, account.token, {
    title,
    standfirst: 'Черновик для проверки языка админ-панели.',
    body: lexical('Абзац текста.'),
    kind: 'analysis',
    authors: [authors['ziya-kazimzada']],
    reviewState: 'in-review',
  })
  draftId = draft.id

  // A reader comments on the Russian page: the comment records Russian, for the reply mail.
  const marker = `Комментарий со страницы на русском ${Date.now()}`
  await page.setExtraHTTPHeaders({ 'x-forwarded-for': '192.0.2.211' })
  await page.goto(RUSSIAN_ARTICLE)
  await page.locator('#comment-authorName').fill('Читатель')
  await page.locator('#comment-authorEmail').fill(`ru-reader-${Date.now()}@example.org`)
  await page.locator('#comment-body').fill(marker)
  await page.waitForTimeout(3_500) // the form's anti-bot timer
  await page.locator('#respond button[type="submit"]').click()
  await expect(page.locator('.comment--pending')).toContainText(marker)
  const comments = await request.get(
    `/api/comments?where[body][equals]=${encodeURIComponent(marker)}&depth=0`,
    { headers: account.headers },
  )
  expect((await comments.json()).docs.map((doc: { language: string }) => doc.language)).toEqual([
    'ru',
  ])

  // The editor picks Russian with Payload's own picker.
  await adminLogin(page, 'editor')
  await pickAdminLanguage(page, 'Русский')
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru')
  await expect
    .poll(async () => (await editor(request)).language, { message: 'stored on the account' })
    .toBe('ru')

  await page.goto('/admin')
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru')
  // Payload's words …
  await expect(page.locator('.step-nav')).toContainText('Панель')
  // … and ours: the collections, and the dashboard's own panels.
  await expect(page.getByRole('heading', { name: 'Содержание' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Читатели' })).toBeVisible()
  await expect(page.locator('#review-queue-title')).toHaveText(/^Очередь на проверку \(\d+\)$/)
  await expect(page.locator('.review-queue thead')).toHaveText(
    /Черновик\s*Изменение\s*Авторы\s*Отправитель\s*Дата отправки/,
  )
  await expect(page.locator('.review-queue')).toContainText(title)
  await expect(page.locator('.moderation-notice h2')).toHaveText('Модерация')
  await expect(page.locator('.moderation-notice')).toContainText(
    /\d+ комментари(й|я|ев) жд(ёт|ут) модерации/,
  )
  await expect(page.locator('.moderation-notice')).toContainText(/\d+ нов(ая|ые|ых|ой) присланн/)
  await screenshot(page, 'admin-dashboard-ru', testInfo)
  // The one docs/editors.md shows.
  await page.screenshot({ path: path.join(ROOT, 'docs', 'screenshots', 'admin-dashboard-ru.png') })

  await page.goto('/admin/collections/comments')
  await expect(page.getByRole('list', { name: 'Комментарии по статусу' })).toContainText(
    /На модерации: \d+/,
  )
  await page.goto(`/admin/collections/articles/${draft.id}`)
  await expect(page.locator('#field-reviewState')).toContainText('На проверке')
  await expect(page.getByText('Сообщение авторам', { exact: true })).toBeVisible()

  // A browser that never picked a language opens the admin in the account's.
  const elsewhere = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  const second = await elsewhere.newPage()
  await adminLogin(second, 'editor')
  await expect(second.locator('html')).toHaveAttribute('lang', 'ru')
  await expect(second.locator('#review-queue-title')).toHaveText(/^Очередь на проверку/)
  await elsewhere.close()

  // Back to English with the same picker: the account follows.
  await pickAdminLanguage(page, 'English')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect.poll(async () => (await editor(request)).language).toBe('en')
})
