import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ArticleList } from '@/components/ArticleList'
import { SiteFrame } from '@/components/SiteFrame'
import { localePath, type Locale } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'
import { pageMetadata } from '@/lib/pageMetadata'
import { getTopic, listArticles } from '@/lib/queries'

/** The topic, or the site's 404 page when there is no such topic. */
async function topicOrNotFound(locale: Locale, slug: string) {
  const topic = await getTopic(locale, slug)
  if (!topic) notFound()
  return topic
}

export async function topicMetadata(locale: Locale, slug: string): Promise<Metadata> {
  const topic = await topicOrNotFound(locale, slug)
  return pageMetadata({
    locale,
    path: `/topics/${slug}`,
    title: topic.name,
    description: topic.description,
  })
}

/** `/topics/[slug]`: the topic's description, its feed, and its articles a page at a time. */
export async function TopicView({
  locale,
  slug,
  page,
}: {
  locale: Locale
  slug: string
  page: number
}) {
  const topic = await topicOrNotFound(locale, slug)
  const t = messagesFor(locale)
  const articles = await listArticles(locale, { page, where: { topics: { in: [topic.id] } } })
  const path = `/topics/${slug}`
  return (
    <SiteFrame locale={locale} path={path}>
      <p className="kicker">{t.topics}</p>
      <h1>{topic.name}</h1>
      {topic.description && <p className="lead">{topic.description}</p>}
      <p>
        <a className="feed-link" href={localePath(locale, `${path}/feed.xml`)}>
          {t.rssFeed}
        </a>
      </p>
      <h2 className="visually-hidden">{t.articlesIn(topic.name)}</h2>
      <ArticleList locale={locale} result={articles} basePath={localePath(locale, path)} />
    </SiteFrame>
  )
}
