import { notFound } from 'next/navigation'

import { localeOf } from '@/lib/pageMetadata'
import { articleFeed } from '@/lib/feeds'
import { getTopic } from '@/lib/queries'

export const dynamic = 'force-static'
export const generateStaticParams = () => []

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ locale: string; slug: string }> },
) {
  const locale = await localeOf(params)
  const topic = await getTopic(locale, (await params).slug)
  if (!topic) notFound()
  return articleFeed({
    locale,
    path: `/topics/${topic.slug}`,
    title: topic.name,
    description: topic.description,
    where: { topics: { in: [topic.id] } },
  })
}
