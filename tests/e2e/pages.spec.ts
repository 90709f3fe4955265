/** Every page type renders the seeded content, has no serious accessibility violation, and is photographed. */
import { expect, test } from '@playwright/test'

import { expectNoSeriousViolations, screenshot } from './helpers'

const ARTICLE = '/articles/south-caucasus-security-architecture-after-2023'

const PAGES: { name: string; path: string; expectText: string[] }[] = [
  {
    name: 'home',
    path: '/',
    expectText: [
      'Caspian Policy Lab',
      'Become an analyst. Send us your article.',
      'After Karabakh',
    ],
  },
  { name: 'articles', path: '/articles', expectText: ['Articles', 'Priorities Elsewhere'] },
  {
    name: 'articles-by-kind',
    path: '/articles?kind=commentary',
    expectText: ['Commentary', 'Priorities Elsewhere'],
  },
  {
    name: 'article',
    path: ARTICLE,
    expectText: [
      'After Karabakh',
      'Prepared jointly by the interns',
      'Cite this',
      'About the authors',
    ],
  },
  {
    name: 'authors',
    path: '/authors',
    expectText: ['Arzu Bunyad', 'Ziya Kazimzada', 'Elnur Mammadov'],
  },
  {
    name: 'author',
    path: '/authors/elnur-mammadov',
    expectText: ['Elnur Mammadov', 'ADA University', 'Between Two Strategies'],
  },
  {
    name: 'topic',
    path: '/topics/regional-security',
    expectText: ['Regional Security', 'After Karabakh'],
  },
  {
    name: 'articles-page-1',
    path: '/articles?page=1&kind=analysis',
    expectText: ['Analysis', 'After Karabakh'],
  },
  {
    name: 'az-topic-page-1',
    path: '/az/topics/regional-security?page=1',
    expectText: ['After Karabakh'],
  },
  { name: 'search', path: '/search?q=corridor', expectText: ['Middle Corridor'] },
  {
    name: 'team',
    path: '/team',
    expectText: ["Interns' team", 'Arzu Bunyad', 'Become an analyst'],
  },
  {
    name: 'internships',
    path: '/internships',
    expectText: [
      'Internships',
      'Become an analyst. Send us your article.',
      'Is the internship paid?',
    ],
  },
  { name: 'contact', path: '/contact', expectText: ['Neftchilar Avenue', 'editors@example.org'] },
  { name: 'az-team', path: '/az/team', expectText: ['Arzu Bunyad', 'Komanda'] },
  { name: 'search-empty', path: '/search?q=zzzznothing', expectText: ['Nothing matches'] },
  { name: 'submit', path: '/submit', expectText: ['Become an analyst', 'Chicago author-date'] },
  { name: 'about', path: '/about', expectText: ['Caspian Policy Lab is an independent'] },
  { name: 'article-ru', path: `/ru${ARTICLE}`, expectText: ['After Karabakh', 'ещё не переведён'] },
  { name: 'home-az', path: '/az', expectText: ['Analitik olun'] },
]

for (const { name, path, expectText } of PAGES) {
  test(`${name} (${path}) renders and passes axe`, async ({ page }, testInfo) => {
    const response = await page.goto(path)
    expect(response?.status()).toBe(200)
    for (const text of expectText) await expect(page.locator('body')).toContainText(text)
    // Every picture actually loads (scrolled into view first: list images load lazily).
    for (const image of await page.locator('main img').all()) {
      await image.scrollIntoViewIfNeeded()
      await expect
        .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
        .toBe(true)
    }
    await screenshot(page, name, testInfo)

    await expectNoSeriousViolations(page)
  })
}

test('unknown pages answer 404 in the site design', async ({ page }, testInfo) => {
  for (const path of [
    '/articles/no-such-article',
    '/authors/nobody',
    '/topics/nothing',
    '/no/such/page',
    '/xx',
  ]) {
    const response = await page.goto(path)
    expect(response?.status(), path).toBe(404)
    await expect(page.locator('h1')).toHaveText('Page not found')
    await expect(page.locator('.site-header')).toBeVisible()
  }
  await screenshot(page, '404', testInfo)
})

test('the article lists every co-author in order, linked, with reading time, hero image and related articles', async ({
  page,
}) => {
  await page.goto(ARTICLE)
  const byline = page.locator('.article__header .byline a')
  await expect(byline).toHaveText(['Arzu Bunyad', 'Ziya Kazimzada', 'Elnur Mammadov'])
  await expect(byline.first()).toHaveAttribute('href', '/authors/arzu-bunyad')
  await expect(page.locator('.article__header')).toContainText('min read')
  const hero = page.locator('.article__hero img')
  await expect(hero).toHaveAttribute('sizes', /vw/)
  await expect(hero).toHaveAttribute('width', '1600')
  await expect
    .poll(() => hero.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBeGreaterThan(0)
  await expect(page.locator('.prose h2').first()).toBeVisible()
  await expect(page.locator('.prose ul li').first()).toBeVisible()
  await expect(page.locator('#comments')).toBeVisible()
  await expect(page.locator('.related .card').first()).toBeVisible()
  await expect(page.locator('.citation--chicago')).toContainText(
    'Bunyad, Arzu, Ziya Kazimzada, and Elnur Mammadov. ',
  )
})

test('the copy button copies the citation', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto(ARTICLE)
  await page.locator('.cite-box__format').first().getByRole('button', { name: 'Copy' }).click()
  await expect(page.locator('.cite-box__format').first().getByRole('button')).toHaveText('Copied')
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  expect(copied).toMatch(/^Bunyad, Arzu, Ziya Kazimzada, and Elnur Mammadov\. 20\d\d\./)
})

test('list pages, filtered and paged ones too, are served from the cache, not rendered per request', async ({
  request,
}) => {
  for (const path of [
    '/articles',
    '/articles?kind=commentary',
    '/articles?page=2',
    '/articles?kind=analysis&page=1',
    '/topics/regional-security',
    '/topics/regional-security?page=2',
    '/ru/topics/regional-security?page=1',
    '/authors/elnur-mammadov',
    '/authors/elnur-mammadov?page=2',
  ]) {
    await request.get(path) // the first visit generates the page
    const response = await request.get(path)
    expect(response.status(), path).toBe(200)
    expect(response.headers()['cache-control'] ?? '', path).not.toMatch(/no-store|private/)
    expect(response.headers()['x-nextjs-cache'], path).toBe('HIT')
  }
})
