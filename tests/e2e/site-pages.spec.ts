/**
 * An editor's page built from blocks (src/components/blocks), made through the real REST API: what
 * readers get from each block, the video that loads nothing from its host before the click, the
 * page's own Content-Security-Policy, the sitemap, and drafts that stay private.
 */
import { expect, test, type APIRequestContext } from '@playwright/test'

import { editorToken, idsBySlug, lexical, type Id } from './content'
import { expectNoSeriousViolations, readState, screenshot } from './helpers'

const VIDEO = 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'
const VIDEO_HOSTS = /youtube|ytimg|googlevideo|vimeo/

async function pageIdsBySlug(request: APIRequestContext): Promise<Record<string, Id>> {
  const response = await request.get('/api/pages?limit=100&depth=0')
  const { docs } = (await response.json()) as { docs: { id: Id; slug: string }[] }
  return Object.fromEntries(docs.map((doc) => [doc.slug, doc.id]))
}

test('a page of blocks: text, list, call to action, contact, questions and a click-to-load video', async ({
  page,
  request,
  playwright,
}, testInfo) => {
  const token = await editorToken(request)
  const auth = { Authorization: `JWT ${token}` }
  const topics = await idsBySlug(request, 'topics')
  const pages = await pageIdsBySlug(request)
  const slug = `events-${testInfo.project.name}`
  const created = await request.post('/api/pages', {
    headers: auth,
    data: {
      title: 'Events and briefings',
      slug,
      intro: 'Public briefings on South Caucasus security, in Baku and online.',
      _status: 'published',
      layout: [
        { blockType: 'richText', content: lexical('We hold a public briefing every month.') },
        {
          blockType: 'articleList',
          heading: 'On regional security',
          topic: topics['regional-security'],
          limit: 2,
        },
        {
          blockType: 'callToAction',
          heading: 'Join the team',
          text: 'Interns write with our fellows.',
          link: { type: 'page', page: pages.internships, label: 'Internships' },
        },
        {
          blockType: 'video',
          url: VIDEO,
          title: 'The March briefing',
          caption: 'Recorded in Baku.',
        },
        {
          blockType: 'contact',
          heading: 'Where we meet',
          address: '1 Neftchilar Avenue\nBaku',
          email: 'events@example.org',
          phone: '+994 12 555 01 02',
        },
        {
          blockType: 'questions',
          heading: 'Questions',
          items: [{ question: 'Is it free?', answer: 'Yes, and open to everyone.' }],
        },
      ],
    },
  })
  expect(created.status(), await created.text()).toBe(201)
  const { doc } = (await created.json()) as { doc: { id: Id } }

  // The page's policy allows the video's cookie-less player in a frame; other pages allow none.
  const response = await request.get(`/${slug}`)
  expect(response.status()).toBe(200)
  expect(response.headers()['content-security-policy']).toContain(
    "frame-src 'self' https://www.youtube-nocookie.com",
  )
  expect((await request.get('/team')).headers()['content-security-policy']).not.toContain(
    'frame-src',
  )

  const videoRequests: string[] = []
  page.on('request', (sent) => {
    if (VIDEO_HOSTS.test(new URL(sent.url()).hostname)) videoRequests.push(sent.url())
  })
  // No internet here: the player's frame gets an empty page of our own.
  await page.route(/youtube-nocookie\.com/, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>player</title>' }),
  )
  await page.goto(`/${slug}`)
  await expect(page.locator('h1')).toHaveText('Events and briefings')
  await expect(page.locator('.prose')).toContainText('We hold a public briefing every month.')
  await expect(page.locator('.block-articles .card-list > *')).toHaveCount(2)
  await expect(page.locator('.call-to-action a.button')).toHaveAttribute('href', '/internships')
  await expect(
    page.locator('.block-contact a[href^="https://www.openstreetmap.org/search"]'),
  ).toHaveCount(1)
  await expect(page.locator('.block-contact a[href="tel:+994125550102"]')).toHaveCount(1)
  const faq = await page.locator('script[type="application/ld+json"]').allTextContents()
  expect(faq.some((text) => text.includes('"FAQPage"') && text.includes('Is it free?'))).toBe(true)
  await page.locator('summary', { hasText: 'Is it free?' }).click()
  await expect(page.getByText('Yes, and open to everyone.')).toBeVisible()

  await expectNoSeriousViolations(page)
  await screenshot(page, 'site-page-blocks', testInfo)

  // Until the click, nothing came from the video host; the play link works without JavaScript too.
  const play = page.locator('.block-video__play')
  await expect(play).toHaveAttribute('href', VIDEO)
  expect(videoRequests).toEqual([])
  await play.click()
  const player = page.locator('.block-video__frame iframe')
  await expect(player).toHaveAttribute(
    'src',
    /^https:\/\/www\.youtube-nocookie\.com\/embed\/dQw4w9WgXcQ/,
  )
  await expect(player).toHaveAttribute('title', 'The March briefing')
  expect(videoRequests.length).toBeGreaterThan(0)

  // In the sitemap, English only: it has no translation yet.
  const sitemap = await (await request.get('/sitemap.xml')).text()
  expect(sitemap).toMatch(new RegExp(`<loc>[^<]*/${slug}</loc>`))
  expect(sitemap).not.toMatch(new RegExp(`href="[^"]*/az/${slug}"`))
  // Untranslated, the Azerbaijani address shows the English text.
  expect((await request.get(`/az/${slug}`)).status()).toBe(200)

  // A draft change stays private; unpublishing takes the page away.
  const draft = await request.patch(`/api/pages/${doc.id}?draft=true`, {
    headers: auth,
    data: { title: 'Secret new title' },
  })
  expect(draft.status()).toBe(200)
  expect(await (await request.get(`/${slug}`)).text()).not.toContain('Secret new title')
  // The admin's Preview opens the draft for staff only.
  const preview = await request.get(`/next/preview?path=/${slug}`, { headers: auth })
  expect(preview.url()).toContain(`/preview/en/pages/${slug}`)
  expect(await preview.text()).toContain('Secret new title')
  const anonymous = await playwright.request.newContext({ baseURL: readState().baseURL })
  expect((await anonymous.get(`/preview/en/pages/${slug}`)).status()).toBe(404)
  await anonymous.dispose()
  const unpublished = await request.patch(`/api/pages/${doc.id}`, {
    headers: auth,
    data: { _status: 'draft' },
  })
  expect(unpublished.status()).toBe(200)
  await expect
    .poll(async () => (await request.get(`/${slug}`)).status(), { timeout: 5_000 })
    .toBe(404)
})

test('addresses a page may not take are still answered by their own routes', async ({
  request,
}) => {
  expect((await request.get('/healthz')).status()).toBe(200)
  expect((await request.get('/no-such-page')).status()).toBe(404)
  expect((await request.get('/az/no-such-page')).status()).toBe(404)
  expect((await request.get('/en/about', { maxRedirects: 0 })).status()).toBe(308)
})

test('the site icon and the default social image come from Site settings', async ({
  page,
  request,
}) => {
  await page.goto('/authors')
  const favicon = await page.locator('link[rel="icon"]').getAttribute('href')
  const touch = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href')
  for (const href of [favicon!, touch!]) {
    const response = await request.get(href)
    expect(response.status(), href).toBe(200)
    expect(response.headers()['content-type']).toBe('image/png')
  }
  const manifest = await (await request.get('/manifest.webmanifest')).json()
  expect(manifest.name).toBe('Caspian Policy Lab')
  expect(manifest.icons.map((icon: { sizes: string }) => icon.sizes)).toEqual([
    '192x192',
    '512x512',
  ])
  expect((await request.get(manifest.icons[1].src)).status()).toBe(200)

  // A page without a picture of its own is shared with the default image; an article keeps its own.
  const shared = await page.locator('meta[property="og:image"]').getAttribute('content')
  expect(shared).toMatch(/social-card/)
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute(
    'content',
    'summary_large_image',
  )
  await page.goto('/articles/south-caucasus-security-architecture-after-2023')
  expect(await page.locator('meta[property="og:image"]').getAttribute('content')).not.toMatch(
    /social-card/,
  )
})

test('a typeface chosen in Site settings is served by the site itself, and none by default', async ({
  page,
  request,
}) => {
  const auth = { Authorization: `JWT ${await editorToken(request)}` }
  const settings = await (
    await request.get('/api/globals/site-settings?depth=0', { headers: auth })
  ).json()
  const choose = async (typeface: string) => {
    const response = await request.post('/api/globals/site-settings', {
      headers: auth,
      data: { branding: { ...settings.branding, typeface } },
    })
    expect(response.status(), await response.text()).toBe(200)
  }
  const fonts: string[] = []
  page.on('request', (sent) => {
    if (sent.resourceType() === 'font') fonts.push(sent.url())
  })

  await choose('source-serif')
  await expect
    .poll(async () => (await (await request.get('/ru')).text()).includes('typeface-source-serif'))
    .toBe(true)
  await page.goto('/ru/articles/russia-priorities-south-caucasus')
  await page.evaluate(() => document.fonts.ready)
  expect(await page.locator('body').evaluate((body) => getComputedStyle(body).fontFamily)).toMatch(
    /^"Source Serif 4 Variable"/,
  )
  // The Cyrillic and Latin faces, from this site's /assets/fonts/ only.
  expect(fonts.length).toBeGreaterThan(0)
  for (const url of fonts) expect(url).toMatch(new RegExp(`^${readState().baseURL}/assets/fonts/`))

  await choose('system')
  await expect
    .poll(async () => (await (await request.get('/ru')).text()).includes('typeface-'))
    .toBe(false)
  fonts.length = 0
  await page.goto('/ru/articles/russia-priorities-south-caucasus')
  await page.evaluate(() => document.fonts.ready)
  expect(fonts).toEqual([])
})
