import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ArticleList } from '@/components/ArticleList'
import { pageFromQuery } from '@/components/Pagination'
import { SiteFrame } from '@/components/SiteFrame'
import { localePath } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'
import { localeOf, pageMetadata } from '@/i18n/page'
import { getTopic, listArticles } from '@/lib/queries'

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<{ page?: string }> }

async function load(params: Props['params']) {
  const locale = await localeOf(params)
  const { slug } = await params
  const topic = await getTopic(locale, slug)
  if (!topic) notFound()
  return { locale, slug, topic }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug, topic } = await load(params)
  return pageMetadata({ locale, path: `/topics/${slug}`, title: topic.name, description: topic.description })
}

export default async function TopicPage({ params, searchParams }: Props) {
  const { locale, slug, topic } = await load(params)
  const t = messagesFor(locale)
  const page = pageFromQuery((await searchParams).page)
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
