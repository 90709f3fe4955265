/** The headers every public page is served with, and that the policy does not break the site. */
import { expect, test } from '@playwright/test'

const PUBLIC_PAGES = [
  '/',
  '/articles',
  '/articles/us-china-competition-middle-corridor',
  '/submit',
  '/az',
  '/feed.xml',
]

test('public pages send a Content-Security-Policy and the other protective headers', async ({
  request,
}) => {
  for (const path of PUBLIC_PAGES) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(200)
    const headers = response.headers()
    const csp = headers['content-security-policy'] ?? ''
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'self'",
      "connect-src 'self'",
    ]) {
      expect(csp, `${path}: ${directive}`).toContain(directive)
    }
    expect(headers['x-content-type-options'], path).toBe('nosniff')
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin')
    expect(headers['permissions-policy'], path).toContain('camera=()')
    // Served over plain HTTP here: HSTS only makes sense (and is only sent) over HTTPS.
    expect(headers['strict-transport-security'], path).toBeUndefined()
  }
})

test('the admin panel keeps its own scripts (no site CSP) but still refuses sniffing and framing by others', async ({
  request,
}) => {
  const response = await request.get('/admin/login')
  expect(response.status()).toBe(200)
  expect(response.headers()['content-security-policy']).toBeUndefined()
  expect(response.headers()['x-content-type-options']).toBe('nosniff')
  expect(response.headers()['x-frame-options']).toBe('SAMEORIGIN')
})

test('under the policy the page runs without a single violation, and an injected foreign script is blocked', async ({
  page,
}) => {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
  })
  await page.goto('/articles/us-china-competition-middle-corridor')
  await expect(page.locator('h1')).toBeVisible()
  expect(violations).toEqual([])

  const loaded = await page.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        const script = document.createElement('script')
        script.src = 'https://evil.example/steal.js'
        script.onload = () => resolve(true)
        script.onerror = () => resolve(false)
        document.head.append(script)
      }),
  )
  expect(loaded).toBe(false)
  await expect.poll(() => violations.some((text) => text.includes('evil.example'))).toBe(true)
})
