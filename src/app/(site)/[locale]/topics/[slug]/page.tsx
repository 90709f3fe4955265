import type { Metadata } from 'next'

import { topicOrNotFound, TopicView } from '@/components/lists/TopicView'
import { localeOf, pageMetadata } from '@/i18n/page'

type Props = { params: Promise<{ locale: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  const { slug } = await params
  const topic = await topicOrNotFound(locale, slug)
  return pageMetadata({ locale, path: `/topics/${slug}`, title: topic.name, description: topic.description })
}

/** The topic's first page. `?page=` is rewritten to lists/topics, so this page stays static. */
export default async function TopicPage({ params }: Props) {
  return <TopicView locale={await localeOf(params)} slug={(await params).slug} page={1} />
}
