/**
 * People on the public site: /authors by team with its filters (plain links, so they work without
 * JavaScript, each view cached), the team and the media-enquiries box of an author page, the
 * people block of a page; axe-clean, photographed on a phone and a wide screen.
 */
import { expect, test, type Page, type TestInfo } from '@playwright/test'

import { editorToken, idsBySlug } from './content'
import { expectNoSeriousViolations, screenshot } from './helpers'

const INTERNS = ['Arzu Bunyad', 'Ziya Kazimzada', 'Elnur Mammadov']
const WIDTHS = [390, 1280]

/** A screenshot at each width, and axe at each (contrast and reflow differ between them). */
async function photograph(page: Page, name: string, testInfo: TestInfo) {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 })
    await screenshot(page, `${name}-${width}`, testInfo)
    await expectNoSeriousViolations(page)
  }
}

test('/authors, a filtered view and an author page pass axe on a phone and a wide screen', async ({
  page,
}, testInfo) => {
  for (const [name, path] of [
    ['people-authors', '/authors'],
    ['people-authors-topic', '/authors?topic=russia'],
    ['people-author', '/authors/arzu-bunyad'],
  ]) {
    expect((await page.goto(path))?.status(), path).toBe(200)
    await photograph(page, name, testInfo)
  }
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('/authors shows the teams, and filters by team and by expertise', async ({ page }) => {
    expect((await page.goto('/authors'))?.status()).toBe(200)
    const interns = page.locator('.people-team', {
      has: page.getByRole('heading', { level: 2, name: "Interns' team" }),
    })
    await expect(interns.locator('.person-card__name')).toHaveText(INTERNS)
    const filters = page.getByRole('navigation', { name: 'Filter the people' })
    await expect(filters.getByRole('link', { name: 'All', exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    )

    await filters.getByRole('link', { name: "Interns' team" }).click()
    await expect(page).toHaveURL(/\/authors\?team=interns$/)
    await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText([
      "Interns' team",
    ])
    await expect(filters.getByRole('link', { name: "Interns' team" })).toHaveAttribute(
      'aria-current',
      'page',
    )
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      'href',
      /\/authors\?team=interns$/,
    )

    await filters.getByRole('link', { name: 'Russia', exact: true }).click()
    await expect(page).toHaveURL(/\/authors\?topic=russia$/)
    await expect(page.locator('.person-card__name')).toHaveText(['Ziya Kazimzada'])
    await expect(page.locator('main .lead')).toHaveText('Expertise: Russia')
  })

  test('in Azerbaijani, the filtered view keeps its language', async ({ page }) => {
    expect((await page.goto('/az/authors?team=interns'))?.status()).toBe(200)
    await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText([
      'Təcrübəçilər',
    ])
    await expect(page.locator('.person-card__name a').first()).toHaveAttribute(
      'href',
      '/az/authors/arzu-bunyad',
    )
  })

  test('the author page names the team, linked to its view of /authors', async ({ page }) => {
    await page.goto('/authors/arzu-bunyad')
    const team = page.locator('.profile').getByRole('link', { name: "Interns' team" })
    await expect(team).toHaveAttribute('href', '/authors?team=interns')
    await expect(page.locator('.media-enquiries')).toHaveCount(0)
  })
})

test('a filter naming nobody is a 404', async ({ request }) => {
  for (const path of [
    '/authors?team=no-such-team',
    '/authors?team=staff',
    '/authors?topic=no-such-topic',
    '/ru/authors?topic=no-such-topic',
  ])
    expect((await request.get(path)).status(), path).toBe(404)
})

test('the filtered views are served from the cache', async ({ request }) => {
  for (const path of ['/authors', '/authors?team=interns', '/az/authors?topic=russia']) {
    await request.get(path) // the first visit generates the page
    const response = await request.get(path)
    expect(response.status(), path).toBe(200)
    expect(response.headers()['x-nextjs-cache'], path).toBe('HIT')
  }
})

test('an author available for media enquiries shows the press contact, else the site’s', async ({
  page,
  request,
}, testInfo) => {
  const token = await editorToken(request)
  const id = (await idsBySlug(request, 'authors'))['arzu-bunyad']
  const update = async (data: Record<string, unknown>) => {
    const response = await request.patch(`/api/authors/${id}`, {
      headers: { Authorization: `JWT ${token}` },
      data,
    })
    expect(response.status(), await response.text()).toBe(200)
  }
  const box = page.locator('.media-enquiries')
  const mailto = async () => {
    await page.goto('/authors/arzu-bunyad')
    return (await box.count()) ? box.getByRole('link').getAttribute('href') : null
  }
  try {
    await update({ mediaEnquiries: true })
    await expect.poll(mailto).toBe('mailto:editors@example.org')
    await expect(box.getByRole('heading', { name: 'Media enquiries' })).toBeVisible()
    await photograph(page, 'people-author-media', testInfo)

    await update({ pressContact: 'press@example.org' })
    await expect.poll(mailto).toBe('mailto:press@example.org')
  } finally {
    await update({ mediaEnquiries: false, pressContact: null })
  }
  await expect.poll(mailto).toBeNull()
})

test('the Team page’s people block shows the interns', async ({ page }) => {
  await page.goto('/team')
  await expect(page.locator('.block-people .person-card__name')).toHaveText(INTERNS)
})
