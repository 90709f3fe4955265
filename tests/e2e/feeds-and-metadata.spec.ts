import { expect, test } from '@playwright/test'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import Parser from 'rss-parser'

const ARTICLE = '/articles/south-caucasus-security-architecture-after-2023'

test('the RSS feeds parse, with absolute links and every co-author', async ({
  request,
  baseURL,
}) => {
  const parser = new Parser({
    customFields: { item: [['dc:creator', 'creators', { keepArray: true }]] },
  })
  for (const path of [
    '/feed.xml',
    '/topics/regional-security/feed.xml',
    '/authors/arzu-bunyad/feed.xml',
    '/ru/feed.xml',
  ]) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(200)
    expect(response.headers()['content-type']).toContain('application/rss+xml')
    const xml = await response.text()
    // RSS 2.0's <author> holds an e-mail address; names are dc:creator, in a declared namespace.
    expect(xml, path).not.toContain('<author>')
    expect(xml, path).toContain('xmlns:dc="http://purl.org/dc/elements/1.1/"')
    const feed = await parser.parseString(xml)
    expect(feed.items.length, path).toBeGreaterThan(0)
    for (const item of feed.items) {
      expect(item.link).toMatch(new RegExp(`^${baseURL}/`))
      expect(item.title).toBeTruthy()
      expect(item.pubDate).toBeTruthy()
    }
  }
  const feed = await parser.parseString(await (await request.get('/feed.xml')).text())
  const joint = feed.items.find((item) => item.link?.endsWith(ARTICLE)) as unknown as {
    creators: string[]
  }
  expect(joint.creators).toEqual(['Arzu Bunyad', 'Ziya Kazimzada', 'Elnur Mammadov'])
})

test('the sitemap is valid XML listing every published article, author and topic with alternates', async ({
  request,
}) => {
  const xml = await (await request.get('/sitemap.xml')).text()
  expect(XMLValidator.validate(xml)).toBe(true)
  const sitemap = new XMLParser({ ignoreAttributes: false }).parse(xml) as {
    urlset: { url: { loc: string; lastmod?: string; 'xhtml:link': unknown[] }[] }
  }
  const locs = sitemap.urlset.url.map((url) => new URL(url.loc).pathname)
  const api = async (collection: string, where = '') =>
    (
      (await (await request.get(`/api/${collection}?limit=100&depth=0${where}`)).json()) as {
        docs: { slug: string }[]
      }
    ).docs
  for (const article of await api('articles')) expect(locs).toContain(`/articles/${article.slug}`)
  for (const author of await api('authors')) expect(locs).toContain(`/authors/${author.slug}`)
  for (const topic of await api('topics')) expect(locs).toContain(`/topics/${topic.slug}`)
  const articleEntry = sitemap.urlset.url.find((url) => url.loc.endsWith(ARTICLE))!
  expect(articleEntry.lastmod).toBeTruthy()
  // English only (untranslated); the About page has all three.
  expect([articleEntry['xhtml:link']].flat()).toHaveLength(1)
  const about = sitemap.urlset.url.find((url) => new URL(url.loc).pathname === '/about')!
  expect(about['xhtml:link']).toHaveLength(3)
})

test('robots.txt keeps crawlers out of the admin and the API', async ({ request }) => {
  const text = await (await request.get('/robots.txt')).text()
  expect(text).toContain('Disallow: /admin')
  expect(text).toContain('Disallow: /api/')
  expect(text).toMatch(/Sitemap: http.*\/sitemap\.xml/)
})

test('the article has JSON-LD naming every co-author, the publisher and breadcrumbs, and social cards', async ({
  page,
}) => {
  await page.goto(ARTICLE)
  const blocks = (await page.locator('script[type="application/ld+json"]').allTextContents()).map(
    (text) => JSON.parse(text),
  )
  const article = blocks.find((block) => block['@type'] === 'Article')
  expect(
    article.author.map(
      (person: { '@type': string; name: string }) => `${person['@type']} ${person.name}`,
    ),
  ).toEqual(['Person Arzu Bunyad', 'Person Ziya Kazimzada', 'Person Elnur Mammadov'])
  expect(article.publisher).toMatchObject({ '@type': 'Organization', name: 'Caspian Policy Lab' })
  expect(blocks.find((block) => block['@type'] === 'BreadcrumbList').itemListElement).toHaveLength(
    3,
  )

  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
    'content',
    /After Karabakh/,
  )
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
    'content',
    /\/api\/media\/file\//,
  )
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute(
    'content',
    'summary_large_image',
  )
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /Karabakh/)

  await page.goto('/authors/arzu-bunyad')
  const person = (await page.locator('script[type="application/ld+json"]').allTextContents()).map(
    (text) => JSON.parse(text),
  )[0]
  expect(person).toMatchObject({ '@type': 'Person', name: 'Arzu Bunyad' })
})

test('an article without a hero image gets a generated card', async ({ request }) => {
  const response = await request.get(`${ARTICLE}/card.png`)
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toBe('image/png')
})
