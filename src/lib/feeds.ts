import { Feed } from 'feed'
import type { Where } from 'payload'

import { LOCALE_TAGS, type Locale } from '@/i18n/config'
import { absoluteUrl } from '@/lib/config/site'
import type { Author, Topic } from '@/payload-types'

import { feedCdata, feedText } from './feedText'
import { getSettings, listArticles } from './queries'

const FEED_SIZE = 30

/**
 * An RSS 2.0 feed of the newest published articles (all, or one topic's or author's), with
 * absolute links and every co-author of each item. Every text goes through feedText.ts, so no
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
      author: (article.authors ?? [])
        .filter((author): author is Author => typeof author === 'object')
        .map((author) => ({
          name: feedText(author.name),
          link: absoluteUrl(locale, `/authors/${author.slug}`),
        })),
      category: (article.topics ?? [])
        .filter((topic): topic is Topic => typeof topic === 'object')
        .map((topic) => ({
          name: feedText(topic.name),
          domain: absoluteUrl(locale, `/topics/${topic.slug}`),
        })),
    })
  }
  return new Response(feed.rss2(), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  })
}
