import type { Metadata } from 'next'

import { topicMetadata, TopicView } from '@/components/lists/TopicView'
import { localeOf } from '@/lib/pageMetadata'

type Props = { params: Promise<{ locale: string; slug: string }> }

// Generated on the first visit, then served from the cache until content changes (revalidateSite).
export const generateStaticParams = () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return topicMetadata(await localeOf(params), (await params).slug)
}

/** The topic's first page. `?page=` is rewritten to lists/topics, so this page stays static. */
export default async function TopicPage({ params }: Props) {
  return <TopicView locale={await localeOf(params)} slug={(await params).slug} page={1} />
}
