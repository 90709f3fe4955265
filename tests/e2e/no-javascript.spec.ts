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
