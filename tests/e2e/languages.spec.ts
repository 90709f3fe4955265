import { expect, test, type Page } from '@playwright/test'

const ARTICLE = '/articles/russia-priorities-south-caucasus'

test('the language switcher keeps the reader on the same page', async ({ page }) => {
  await page.goto(ARTICLE)
  await page.locator('.language-switcher a[hreflang="ru"]').click()
  await expect(page).toHaveURL(new RegExp(`/ru${ARTICLE}$`))
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru')
  // The header menu in the reader's language: the seed labels the articles "Analysis" in each.
  await expect(page.locator('.site-nav')).toContainText('Аналитика')
  await page.locator('.language-switcher a[hreflang="az"]').click()
  await expect(page).toHaveURL(new RegExp(`/az${ARTICLE}$`))
  await expect(page.locator('.site-nav')).toContainText('Təhlillər')
  await page.locator('.language-switcher a[hreflang="en"]').click()
  await expect(page).toHaveURL(new RegExp(`${ARTICLE}$`))
})

test('an untranslated article shows the English text with a notice and an English canonical URL', async ({
  page,
}) => {
  await page.goto(`/ru${ARTICLE}`)
  await expect(page.locator('.notice')).toContainText('показан английский оригинал')
  await expect(page.locator('h1')).toContainText('Priorities Elsewhere')
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href')
  expect(canonical).toMatch(new RegExp(`[^/]${ARTICLE}$`))
  expect(canonical).not.toContain('/ru/')
})

const alternatesOf = (page: Page) =>
  page
    .locator('link[rel="alternate"][hreflang]')
    .evaluateAll((links) =>
      links.map(
        (link) =>
          `${link.getAttribute('hreflang')} ${new URL(link.getAttribute('href')!).pathname}`,
      ),
    )

test('an article declares hreflang alternates only for the languages it really has', async ({
  page,
}) => {
  // The seeded articles are English only (tests/e2e/living-articles.spec.ts publishes a translation).
  await page.goto(ARTICLE)
  expect((await alternatesOf(page)).sort()).toEqual([`en ${ARTICLE}`, `x-default ${ARTICLE}`])
})

test('every other page declares hreflang alternates for all three languages', async ({ page }) => {
  for (const path of ['/', '/articles', '/authors/arzu-bunyad', '/topics/russia', '/about']) {
    await page.goto(path)
    expect(await alternatesOf(page), path).toEqual(
      expect.arrayContaining([
        `en ${path}`,
        `az-Latn-AZ ${path === '/' ? '/az' : `/az${path}`}`,
        `ru ${path === '/' ? '/ru' : `/ru${path}`}`,
      ]),
    )
  }
})

test('topic names come translated where a translation exists', async ({ page }) => {
  await page.goto('/ru/topics/russia')
  await expect(page.locator('h1')).toHaveText('Россия')
})

test('a cached page is served from the cache as UTF-8 and reads the same in the browser', async ({
  page,
  request,
}) => {
  // An English page with a few characters beyond ASCII (typography, the language switcher's names).
  const path = ARTICLE
  await expect.poll(async () => (await request.get(path)).headers()['x-nextjs-cache']).toBe('HIT')
  const cached = await request.get(path)
  expect(cached.headers()['content-type']).toBe('text/html; charset=utf-8')
  expect(await cached.text()).toContain('Azərbaycanca')
  await page.goto(path)
  await expect(page.locator('.language-switcher')).toContainText('Azərbaycanca')
  await expect(page.locator('.language-switcher')).toContainText('Русский')
})
