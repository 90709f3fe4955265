import { Feed } from 'feed'
import type { Where } from 'payload'

import { LOCALE_TAGS, type Locale } from '@/i18n/config'
import { absoluteUrl } from '@/lib/config/site'
import type { Article, Author, Topic } from '@/payload-types'

import { feedCdata, feedText } from './feedText'
import { getSettings, listArticles } from './queries'

const FEED_SIZE = 30

const RSS_ROOT = '<rss version="2.0"'
const DUBLIN_CORE = 'xmlns:dc="http://purl.org/dc/elements/1.1/"'

/**
 * The `feed` library declares the Dublin Core namespace only for items with full content, which
 * these have not; without it every dc:creator is an unbound prefix and the feed is not XML.
 */
function declareDublinCore(xml: string): string {
  if (xml.includes(DUBLIN_CORE)) return xml
  if (!xml.includes(RSS_ROOT))
    throw new Error('The feed library no longer writes <rss version="2.0"')
  return xml.replace(RSS_ROOT, `${RSS_ROOT} ${DUBLIN_CORE}`)
}

/**
 * One dc:creator element per co-author. xml-js, which the library writes with, makes an array
 * into repeated elements; the library's type allows one object only, hence the cast.
 */
const creators = (authors: Article['authors']) =>
  (authors ?? [])
    .filter((author): author is Author => typeof author === 'object')
    .map((author) => ({ _text: feedText(author.name) })) as unknown as Record<string, unknown>

/**
 * An RSS 2.0 feed of the newest published articles (all, or one topic's or author's), with
 * absolute links and every co-author of each item (dc:creator). Every text goes through feedText.ts, so no
 * title or name can break the XML.
 */
export async function articleFeed({
  locale,
  path,
  title,
  description,
  where,
}: {
  locale: Locale
  /** The page the feed belongs to, e.g. "/topics/russia"; the feed itself is at `${path}/feed.xml`. */
  path: string
  title?: string
  description?: string | null
  where?: Where
}): Promise<Response> {
  const [settings, { docs }] = await Promise.all([
    getSettings(locale),
    listArticles(locale, { limit: FEED_SIZE, where }),
  ])
  const feedPath = path === '/' ? '/feed.xml' : `${path}/feed.xml`
  const feed = new Feed({
    id: absoluteUrl(locale, path),
    link: absoluteUrl(locale, path),
    title: feedText(title ? `${title} · ${settings.siteName}` : settings.siteName),
    description: feedText(description ?? settings.tagline ?? ''),
    language: LOCALE_TAGS[locale],
    copyright: feedText(`© ${settings.siteName}`),
    updated: docs[0]?.publishedAt ? new Date(docs[0].publishedAt) : new Date(0),
    feedLinks: { rss: absoluteUrl(locale, feedPath) },
    generator: feedText(settings.siteName),
  })
  for (const article of docs) {
    const link = absoluteUrl(locale, `/articles/${article.slug}`)
    feed.addItem({
      id: link,
      link,
      title: feedCdata(article.title),
      description: feedCdata(article.standfirst),
      date: new Date(article.publishedAt ?? Date.now()),
      // RSS 2.0's <author> is one e-mail address; a co-author's name goes in a dc:creator each.
      extensions: [{ name: 'dc:creator', objects: creators(article.authors) }],
      category: (article.topics ?? [])
        .filter((topic): topic is Topic => typeof topic === 'object')
        .map((topic) => ({
          name: feedText(topic.name),
          domain: absoluteUrl(locale, `/topics/${topic.slug}`),
        })),
    })
  }
  return new Response(declareDublinCore(feed.rss2()), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  })
}
