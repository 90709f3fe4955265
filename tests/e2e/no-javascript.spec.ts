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

test('search works as a plain form without JavaScript', async ({ page }) => {
  await page.goto('/')
  await page.locator('#header-search-q').fill('Russia')
  await page.locator('#header-search-q').press('Enter')
  await expect(page).toHaveURL(/\/search\?q=Russia/)
  await expect(page.locator('.search-results mark').first()).toHaveText(/russia/i)
})
