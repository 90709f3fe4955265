/**
 * The RSS feeds carry text that outside submitters chose (a submission's title and abstract
 * become an article's through convert-to-draft), so every feed must stay well-formed XML whatever
 * that text is, and say exactly that text. Each feed route is called as Next.js would call it, on
 * published articles in a real Payload, and its output is read by a strict XML parser.
 */
import { JSDOM } from 'jsdom'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { GET as authorFeed } from '@/app/(site)/[locale]/authors/[slug]/feed.xml/route'
import { GET as siteFeed } from '@/app/(site)/[locale]/feed.xml/route'
import { GET as topicFeed } from '@/app/(site)/[locale]/topics/[slug]/feed.xml/route'
import { articleFeed } from '@/lib/feeds'
import type { Author, Topic } from '@/payload-types'

import { createArticle, createAuthor } from '../helpers/fixtures'
import { startTestApp, type TestApp } from '../helpers/testApp'

let app: TestApp
let payload: Payload
beforeAll(async () => ({ payload } = app = await startTestApp()))
afterAll(() => app?.close())

/** Characters XML 1.0 forbids, which a feed can only leave out. */
const FORBIDDEN = '\u0001\u0008\u000B\u000C\u001B\u001F\uFFFE\uFFFF'
const withoutForbidden = (text: string) =>
  [...text].filter((char) => !FORBIDDEN.includes(char)).join('')

/** Texts that break out of a CDATA section, open markup, or are not XML characters at all. */
const hostile = {
  // The second `]]>` ends the section; the `<![CDATA[` at the end re-opens one for the library to close.
  title: `Two ]]> breakouts ]]><script>alert(1)</script><![CDATA[ x`,
  standfirst: `Nested ]]]]>> and ]]> twice ]]> & &amp; &lt;b&gt; <b>bold</b>${FORBIDDEN} end`,
  authorName: `A & B &amp; C <script>x</script> ]]>]]>${FORBIDDEN}`,
  topicName: `Topic ]]> & &amp; <i>${FORBIDDEN}`,
  siteName: `Site ]]>]]> & &amp;${FORBIDDEN}`,
  tagline: `Tagline <script>alert(1)</script> &amp;${FORBIDDEN}`,
}

let topic: Topic
let author: Author
beforeAll(async () => {
  await payload.updateGlobal({
    slug: 'site-settings',
    data: { siteName: hostile.siteName, tagline: hostile.tagline },
  })
  topic = await payload.create({
    collection: 'topics',
    data: { name: hostile.topicName, description: hostile.tagline },
  })
  author = await createAuthor(payload, hostile.authorName)
  await createArticle(payload, [author.id], 'published', {
    title: hostile.title,
    standfirst: hostile.standfirst,
    topics: [topic.id],
  })
})

/** Parses as a strict XML reader would, failing the test with the parser's message on any error. */
async function parseFeed(response: Response): Promise<Document> {
  expect(response.headers.get('content-type')).toMatch(/^application\/rss\+xml/)
  const xml = await response.text()
  const { DOMParser } = new JSDOM().window
  const document = new DOMParser().parseFromString(xml, 'application/xml')
  const error = document.getElementsByTagName('parsererror')[0]
  expect(error?.textContent, xml).toBeUndefined()
  return document
}

const texts = (document: Document, selector: string) =>
  [...document.querySelectorAll(selector)].map((node) => node.textContent)

const DUBLIN_CORE = 'http://purl.org/dc/elements/1.1/'
/** Each item's co-authors, as Dublin Core creators (resolved by namespace, not by prefix). */
const creators = (document: Document) =>
  [...document.getElementsByTagNameNS(DUBLIN_CORE, 'creator')].map((node) => node.textContent)

/**
 * What RSS 2.0 requires of what these feeds write (https://www.rssboard.org/rss-specification):
 * a channel with title, link and description; items with a title, a link, a guid and an RFC 822
 * date; an <author> only as an e-mail address (names are dc:creator).
 */
function expectValidRss2(document: Document) {
  // Children by their full name: a CSS `link` would also match the channel's <atom:link>.
  const named = (parent: Element, name: string) =>
    [...parent.children].filter((child) => child.tagName === name)
  const root = document.documentElement
  expect(root.tagName).toBe('rss')
  expect(root.getAttribute('version')).toBe('2.0')
  const [channel, ...more] = named(root, 'channel')
  expect(more).toHaveLength(0)
  for (const field of ['title', 'link', 'description'])
    expect(named(channel, field), field).toHaveLength(1)
  for (const item of named(channel, 'item')) {
    for (const field of ['title', 'link', 'guid', 'pubDate'])
      expect(named(item, field), field).toHaveLength(1)
    expect(new URL(named(item, 'link')[0].textContent!).protocol).toMatch(/^https?:$/)
    expect(named(item, 'pubDate')[0].textContent).toMatch(
      /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/,
    )
    for (const author of named(item, 'author')) expect(author.textContent).toMatch(/^\S+@\S+/)
  }
}

/** Every hostile text comes out whole and exactly, and none of it became markup. */
function expectHostileItem(document: Document) {
  expectValidRss2(document)
  expect(texts(document, 'item > title')).toEqual([withoutForbidden(hostile.title)])
  expect(texts(document, 'item > description')).toEqual([withoutForbidden(hostile.standfirst)])
  expect(creators(document)).toEqual([withoutForbidden(hostile.authorName)])
  expect(texts(document, 'item > category')).toEqual([withoutForbidden(hostile.topicName)])
  expect(document.querySelectorAll('script, b, i')).toHaveLength(0)
}

const params = <T>(value: T) => ({ params: Promise.resolve(value) })

describe('RSS feeds with hostile text', () => {
  it('the site feed is well-formed and carries every text exactly', async () => {
    const document = await parseFeed(
      await siteFeed(new Request('http://localhost/en/feed.xml'), params({ locale: 'en' })),
    )
    expect(texts(document, 'channel > title')).toEqual([withoutForbidden(hostile.siteName)])
    expect(texts(document, 'channel > description')).toEqual([withoutForbidden(hostile.tagline)])
    expect(texts(document, 'channel > copyright')).toEqual([
      `© ${withoutForbidden(hostile.siteName)}`,
    ])
    expectHostileItem(document)
  })

  it("a topic's and an author's feed are well-formed and carry every text exactly", async () => {
    const request = new Request('http://localhost/en/feed.xml')
    const byTopic = await parseFeed(
      await topicFeed(request, params({ locale: 'en', slug: topic.slug! })),
    )
    expect(texts(byTopic, 'channel > title')).toEqual([
      `${withoutForbidden(hostile.topicName)} · ${withoutForbidden(hostile.siteName)}`,
    ])
    expect(texts(byTopic, 'channel > description')).toEqual([withoutForbidden(hostile.tagline)])
    expectHostileItem(byTopic)
    const byAuthor = await parseFeed(
      await authorFeed(request, params({ locale: 'en', slug: author.slug! })),
    )
    expect(texts(byAuthor, 'channel > title')).toEqual([
      `${withoutForbidden(hostile.authorName)} · ${withoutForbidden(hostile.siteName)}`,
    ])
    expectHostileItem(byAuthor)
  })

  it('names every co-author of an item in a dc:creator of its own, in their order', async () => {
    const second = await createAuthor(payload)
    const title = `Written by two ${second.slug}`
    await createArticle(payload, [second.id, author.id], 'published', { title })
    const document = await parseFeed(
      await siteFeed(new Request('http://localhost/en/feed.xml'), params({ locale: 'en' })),
    )
    expectValidRss2(document)
    const item = [...document.querySelectorAll('item')].find(
      (node) => node.querySelector('title')?.textContent === title,
    )!
    expect(
      [...item.getElementsByTagNameNS(DUBLIN_CORE, 'creator')].map((node) => node.textContent),
    ).toEqual([second.name, withoutForbidden(hostile.authorName)])
  })

  it('leaves out lone surrogates, which no stored text can hold but a caller can pass', async () => {
    // A length limit that cuts an emoji in half leaves one; the database would store U+FFFD instead.
    const title = `Half an emoji \uD83D and \uDE00, a whole one 😀, ]]> and ]]>`
    const document = await parseFeed(
      await articleFeed({ locale: 'en', path: '/', title, description: title }),
    )
    const expected = `Half an emoji  and , a whole one 😀, ]]> and ]]>`
    expect(texts(document, 'channel > title')).toEqual([
      `${expected} · ${withoutForbidden(hostile.siteName)}`,
    ])
    expect(texts(document, 'channel > description')).toEqual([expected])
  })
})
