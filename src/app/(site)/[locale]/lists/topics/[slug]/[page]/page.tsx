import type { Metadata } from 'next'

import { topicMetadata, TopicView } from '@/components/lists/TopicView'
import { pageFromQuery } from '@/components/Pagination'
import { localeOf } from '@/lib/pageMetadata'

type Props = { params: Promise<{ locale: string; slug: string; page: string }> }

// `/topics/[slug]?page=N` arrives here through next.config's rewrites: one cached page per N.
export const generateStaticParams = () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return topicMetadata(await localeOf(params), (await params).slug)
}

export default async function TopicListPage({ params }: Props) {
  const { slug, page } = await params
  return <TopicView locale={await localeOf(params)} slug={slug} page={pageFromQuery(page)} />
}
