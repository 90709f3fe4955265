import { ArticleList } from '@/components/ArticleList'
import { NewsletterSignup, offerOf } from '@/components/newsletter/NewsletterSignup'
import { SiteFrame } from '@/components/SiteFrame'
import { localePath, type Locale } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'
import { pageMetadata } from '@/lib/pageMetadata'
import type { PageContent } from '@/components/page/readingPage'
import { getTopic, listArticles } from '@/lib/queries'

type Topic = NonNullable<Awaited<ReturnType<typeof getTopic>>>

/** `/topics/[slug]` (and `?page=`): the topic's description, its feed and a page of its articles, or null for a 404. */
export async function topicPage(
  locale: Locale,
  slug: string,
  page: number,
): Promise<PageContent | null> {
  const topic = await getTopic(locale, slug)
  if (!topic) return null
  return {
    head: pageMetadata({
      locale,
      path: `/topics/${topic.slug}`,
      title: topic.name,
      description: topic.description,
    }),
    body: <TopicView locale={locale} topic={topic} page={page} />,
  }
}

async function TopicView({ locale, topic, page }: { locale: Locale; topic: Topic; page: number }) {
  const slug = topic.slug
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
      <NewsletterSignup
        locale={locale}
        offered={offerOf([topic], [])}
        follow={{ kind: 'topics', id: topic.id, name: topic.name }}
      />
    </SiteFrame>
  )
}
