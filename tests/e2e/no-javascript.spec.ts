import { expect, test } from '@playwright/test'

test.use({ javaScriptEnabled: false })

test('the article page is complete with JavaScript turned off', async ({ page }) => {
  const response = await page.goto('/articles/us-china-competition-middle-corridor')
  expect(response?.status()).toBe(200)
  await expect(page.locator('h1')).toHaveText(
    'Between Two Strategies: US-China Competition and the Middle Corridor',
  )
  await expect(page.locator('.standfirst')).not.toBeEmpty()
  expect(await page.locator('.prose p').count()).toBeGreaterThan(5)
  await expect(page.locator('.prose ol li').first()).toBeVisible()
  await expect(page.locator('.article__hero img')).toBeVisible()
  await expect(page.locator('.citation--bibtex')).toContainText('@online{mammadov')
  await expect(page.locator('.share a').first()).toHaveAttribute('href', /^https:\/\/x\.com\//)
  await expect(page.locator('.language-switcher a')).toHaveCount(3)
})

test('search works as a plain form without JavaScript', async ({ page, viewport }) => {
  await page.goto('/')
  // A phone's header has a link to the search page instead of the field (site.css).
  const phone = (viewport?.width ?? 0) <= 520
  await expect(page.locator('#header-search-q')).toBeVisible({ visible: !phone })
  if (phone) await page.locator('.site-nav').getByRole('link', { name: 'Search' }).click()
  const field = page.locator(phone ? '#search-q' : '#header-search-q')
  await field.fill('Russia')
  await field.press('Enter')
  await expect(page).toHaveURL(/\/search\?q=Russia/)
  await expect(page.locator('.search-results mark').first()).toHaveText(/russia/i)
})

test('search narrows by facet and sorts with plain links, and refuses a made-up filter', async ({
  page,
  request,
}) => {
  const shown = async () =>
    Number((await page.getByRole('status').textContent())?.match(/\d+/)?.[0] ?? NaN)
  await page.goto('/search?q=the')
  const all = await shown()
  expect(all).toBeGreaterThan(1)

  // A facet's count is the number of results its link leaves.
  const facets = page.locator('#refine')
  const kind = facets.locator('.search-facet', { hasText: 'Kind' }).getByRole('link').first()
  const kindCount = Number((await kind.textContent())?.match(/\((\d+)\)/)?.[1])
  await kind.click()
  await expect(page).toHaveURL(/[?&]kind=/)
  expect(await shown()).toBe(kindCount)
  await expect(page.locator('.search-results > li')).toHaveCount(Math.min(kindCount, 10))
  await expect(facets.locator('strong[aria-current="true"]').last()).toContainText(`(${kindCount})`)
  await facets.getByRole('link', { name: 'Any' }).first().click()
  await expect(page).not.toHaveURL(/kind=/)
  expect(await shown()).toBe(all)

  // Newest first: the dates of the results never increase.
  await facets.getByRole('link', { name: 'Newest first' }).click()
  await expect(page).toHaveURL(/sort=date/)
  const dates = await page
    .locator('.search-results time')
    .evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''))
  expect(dates.length).toBeGreaterThan(1)
  expect([...dates].sort().reverse()).toEqual(dates)
  // A new query keeps the order asked for.
  await page.locator('#search-q').fill('corridor')
  await page.locator('#search-q').press('Enter')
  await expect(page).toHaveURL(/q=corridor.*sort=date|sort=date.*q=corridor/)

  // An exact phrase: its words in this order only.
  await page.goto(`/search?q=${encodeURIComponent('"middle corridor"')}`)
  await expect(page.locator('.search-results > li').first()).toContainText('Middle Corridor')
  await page.goto(`/search?q=${encodeURIComponent('"corridor middle"')}`)
  await expect(page.getByRole('status')).toContainText('Nothing matches')

  const refused = await request.get('/search?q=corridor&kind=poem')
  expect(refused.status()).toBe(400)
  expect(await refused.text()).toContain('“kind”')
})

test('a search that finds nothing offers the query with a word left out', async ({ page }) => {
  await page.goto('/search?q=corridor%20zzzqqq')
  await expect(page.getByRole('status')).toContainText('Nothing matches')
  const shorter = page.locator('.search-none a', { hasText: /^corridor \(\d+\)$/ })
  await expect(shorter).toHaveCount(1)
  await shorter.click()
  await expect(page).toHaveURL(/\/search\?q=corridor$/)
  await expect(page.locator('.search-results > li').first()).toBeVisible()
})
