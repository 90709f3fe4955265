/**
 * Making the site the think tank's own, in the admin panel as an editor does it: a new logo and
 * brand colour in Site settings, a header menu item, and a Team page built from blocks and
 * published; then the public site, on a phone and on a desktop, shows all of it.
 */
import { expect, test, type Page } from '@playwright/test'
import sharp from 'sharp'

import {
  adminLogin,
  chooseOption,
  expectNoSeriousViolations,
  screenshot,
  withServerLogOnFailure,
} from './helpers'

const BRAND = '#7a1f3d'

/** A logo unlike the seeded one (a square mark and the name), so the change is plain to see. */
async function newLogo(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="420" height="64" viewBox="0 0 420 64">
    <rect x="4" y="4" width="56" height="56" rx="8" fill="${BRAND}"/>
    <text x="76" y="42" font-family="DejaVu Sans, sans-serif" font-size="26" font-weight="bold" fill="${BRAND}">Caspian Policy Lab</text>
  </svg>`
  return sharp(Buffer.from(svg)).png().toBuffer()
}

/** Saves the open document or settings and waits for Payload's confirmation. */
async function save(page: Page, button: RegExp): Promise<void> {
  await page.getByRole('button', { name: button }).first().click()
  await expect(page.locator('.payload-toast-container')).toContainText(/successfully/i)
}

/** Adds a block to the page's layout from the blocks drawer. */
async function addBlock(page: Page, label: string): Promise<void> {
  await page.locator('.blocks-field__drawer-toggler').last().click()
  await page.locator('.blocks-drawer__block', { hasText: new RegExp(`^${label}$`) }).click()
}

test('an editor uploads a logo, changes the brand colour, builds and publishes a Team page from blocks and adds it to the menu', async ({
  browser,
  page: reader,
}, testInfo) => {
  test.skip((reader.viewportSize()?.width ?? 0) < 600, 'the admin panel is a desktop tool')
  test.setTimeout(240_000)
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  context.setDefaultTimeout(20_000)
  const editor = await context.newPage()
  await adminLogin(editor, 'editor')

  await withServerLogOnFailure(async () => {
    // Site settings → Branding: a new logo, uploaded from the field itself, and a brand colour.
    await editor.goto('/admin/globals/site-settings')
    await editor.getByRole('button', { name: 'Branding', exact: true }).click()
    const logoField = editor.locator('#field-branding__logo')
    await logoField.locator('.upload-relationship-details__remove').click()
    await logoField.locator('.upload__createNewToggler').click()
    const drawer = editor.locator('.drawer__content').last()
    await drawer.locator('input[type="file"]').setInputFiles({
      name: 'new-logo.png',
      mimeType: 'image/png',
      buffer: await newLogo(),
    })
    await drawer.locator('#field-alt').fill('Caspian Policy Lab')
    await drawer.getByRole('button', { name: 'Save' }).click()
    await expect(logoField).toContainText('new-logo')
    // A colour too light to read on white is refused, naming the field (the API's message gives the
    // contrast: tests/int/site-building-access.test.ts).
    const colour = editor.locator('#field-branding__brandColour')
    await colour.fill('#ffdd00')
    await editor.getByRole('button', { name: 'Save', exact: true }).click()
    await expect(editor.locator('.payload-toast-container')).toContainText('Brand colour')
    await colour.fill(BRAND)
    await save(editor, /^Save$/)
    // Saved: the tab as the editor finds it next time (without the toasts).
    await editor.reload()
    await editor.getByRole('button', { name: 'Branding', exact: true }).click()
    await expect(editor.locator('#field-branding__brandColour')).toHaveValue(BRAND)
    await screenshot(editor, 'admin-branding', testInfo)

    // A Team page built from blocks: text, the interns' team from their profiles, a call to action.
    await editor.goto('/admin/collections/pages/create')
    await editor.locator('#field-title').fill('Research team')
    await editor.locator('#field-intro').fill('The people behind our analysis.')
    await addBlock(editor, 'Text')
    await editor
      .locator('#field-layout .rich-text-lexical [contenteditable="true"]')
      .first()
      .click()
    await editor.keyboard.type('Our interns research and write in teams, guided by our fellows.')
    await addBlock(editor, 'People grid')
    await editor.locator('#field-layout__1__heading').fill('Interns')
    await chooseOption(editor, 'layout__1__team', "Interns' team")
    await addBlock(editor, 'Call to action')
    await editor.locator('#field-layout__2__heading').fill('Write with us')
    await chooseOption(editor, 'layout__2__link__type', 'Section of the site')
    await chooseOption(editor, 'layout__2__link__section', 'Become an analyst')
    await editor.locator('#field-layout__2__link__label').fill('Become an analyst')
    await save(editor, /^Publish/)
    await screenshot(editor, 'admin-team-page', testInfo)

    // Navigation: the new page joins the header menu.
    await editor.goto('/admin/globals/site-settings')
    await editor.getByRole('button', { name: 'Navigation', exact: true }).click()
    const rows = await editor.locator('#field-headerMenu .array-field__row').count()
    await editor.locator('#field-headerMenu .array-field__add-row').click()
    await chooseOption(editor, `headerMenu__${rows}__type`, 'Page')
    await chooseOption(editor, `headerMenu__${rows}__page`, 'Research team')
    await editor.locator(`#field-headerMenu__${rows}__label`).fill('Research team')
    await save(editor, /^Save$/)
  })

  // The public site, on a phone and on a desktop.
  for (const width of [390, 1280]) {
    await reader.setViewportSize({ width, height: 900 })
    await reader.goto('/research-team')
    await expect(reader.locator('h1')).toHaveText('Research team')
    const logo = reader.locator('.site-header img').first()
    await expect(logo).toHaveAttribute('src', /new-logo/)
    const menuLink = reader.locator('.site-nav a', { hasText: 'Research team' })
    await expect(menuLink).toHaveAttribute('aria-current', 'page')
    for (const name of ['Arzu Bunyad', 'Ziya Kazimzada', 'Elnur Mammadov'])
      await expect(reader.locator('.block-people')).toContainText(name)
    await expect(reader.locator('.call-to-action a.button')).toHaveAttribute('href', '/submit')
    // The brand colour is the buttons' colour.
    const background = await reader
      .locator('.call-to-action a.button')
      .evaluate((button) => getComputedStyle(button).backgroundColor)
    expect(background).toBe('rgb(122, 31, 61)')
    const scrollWidth = await reader.evaluate(() => document.documentElement.scrollWidth)
    expect(scrollWidth, 'no sideways scrolling').toBeLessThanOrEqual(width)
    await expectNoSeriousViolations(reader)
    await screenshot(reader, `site-team-page-${width}`, testInfo)
  }
  await context.close()
})
