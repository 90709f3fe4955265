import { notFound } from 'next/navigation'

import { localeOf } from '@/lib/pageMetadata'
import { articleFeed } from '@/lib/feeds'
import { getAuthor } from '@/lib/queries'

export const dynamic = 'force-static'
export const generateStaticParams = () => []

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ locale: string; slug: string }> },
) {
  const locale = await localeOf(params)
  const author = await getAuthor(locale, (await params).slug)
  if (!author) notFound()
  return articleFeed({
    locale,
    path: `/authors/${author.slug}`,
    title: author.name,
    description: author.headline,
    where: { authors: { in: [author.id] } },
  })
}
