import { expect, test } from '@playwright/test'

import { screenshot } from './helpers'

test('home page answers and the API lists the published articles', async ({
  page,
  request,
}, testInfo) => {
  const response = await page.goto('/')
  expect(response?.status(), 'GET / status').toBe(200)
  await expect(page.locator('body')).toContainText('Caspian Policy Lab')

  const api = await request.get('/api/articles?depth=0')
  expect(api.status(), 'GET /api/articles status').toBe(200)
  const body = (await api.json()) as {
    totalDocs: number
    docs: { _status?: string; title?: string }[]
  }
  expect(body.totalDocs).toBe(4)
  expect(body.docs).toHaveLength(4)
  for (const doc of body.docs) expect(doc._status, `status of "${doc.title}"`).toBe('published')

  await screenshot(page, 'home', testInfo)
})
