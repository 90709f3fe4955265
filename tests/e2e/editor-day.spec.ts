/**
 * An editor's day, as the people who run the site see it. Each engineer's steps are a describe
 * block of their own, self-contained (each makes its own data), with screenshots
 * docs/screenshots/editor-day-<N>-<what>.png.
 */
import fs from 'node:fs'
import path from 'node:path'

import { expect, test, type Page, type TestInfo } from '@playwright/test'

import { adminLogin, outbox, readState, ROOT, screenshot, withServerLogOnFailure } from './helpers'

/** A step of the day, kept in docs/screenshots/ as editor-day-<name>.png. */
async function step(page: Page, name: string, testInfo: TestInfo) {
  const file = await screenshot(page, `editor-day-${name}`, testInfo)
  fs.copyFileSync(file, path.join(ROOT, 'docs', 'screenshots', `editor-day-${name}.png`))
}

test.describe('invite a staff member', () => {
  test('the admin invites, the e-mail arrives, the link sets a password, the new person logs in', async ({
    browser,
    page,
  }, testInfo) => {
    test.skip((page.viewportSize()?.width ?? 0) < 600, 'the admin panel is a desktop tool')
    test.setTimeout(120_000)
    const email = `new.fellow.${Date.now()}@example.org`
    await withServerLogOnFailure(async () => {
      await page.setViewportSize({ width: 1280, height: 900 })
      await adminLogin(page, 'admin')
      await page.goto('/admin/collections/users')
      const invitation = page.getByRole('region', { name: 'Invite a staff member' })
      await invitation.getByLabel('Name').fill('Samir Jafarov')
      await invitation.getByLabel('E-mail').fill(email)
      await invitation.getByLabel('Role').selectOption('editor')
      await invitation.getByRole('button', { name: 'Send the invitation' }).click()
      await expect(invitation.getByRole('status')).toContainText(`Invitation sent to ${email}`)
      await step(page, '9-invite-sent', testInfo)

      const mail = outbox().find((message) => message.to === email)
      expect(mail?.subject).toContain('Your staff account')
      const link = /https?:\/\/\S+\/admin\/reset\/[a-f0-9]+/.exec(mail?.text ?? '')?.[0]
      expect(link?.startsWith(readState().baseURL)).toBe(true)

      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
      const newcomer = await context.newPage()
      await newcomer.goto(link!)
      const password = 'my-own-password-2026'
      await newcomer.locator('input[name="password"]').fill(password)
      await newcomer.locator('input[name="confirm-password"]').fill(password)
      await newcomer.locator('button[type="submit"]').click()
      await newcomer.waitForURL(/\/admin(\/login)?$/)
      if (newcomer.url().endsWith('/login')) {
        await newcomer.locator('input[name="email"]').fill(email)
        await newcomer.locator('input[name="password"]').fill(password)
        await newcomer.locator('button[type="submit"]').click()
        await newcomer.waitForURL(/\/admin$/)
      }
      await expect(
        newcomer.getByRole('button', { name: /account/i }).or(newcomer.locator('.dashboard')),
      ).toBeVisible()
      await step(newcomer, '10-new-staff-logged-in', testInfo)
      await context.close()

      const { email: adminEmail, password: adminPassword } = readState().credentials.admin
      const login = await page.request.post('/api/users/login', {
        data: { email: adminEmail, password: adminPassword },
      })
      const { token } = (await login.json()) as { token: string }
      await page.request.delete(`/api/users?where[email][equals]=${encodeURIComponent(email)}`, {
        headers: { Authorization: `JWT ${token}` },
      })
    })
  })
})
