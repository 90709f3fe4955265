import type { Metadata } from 'next'

import { articleKindFrom, ArticlesIndex } from '@/components/lists/ArticlesIndex'
import { pageFromQuery } from '@/components/Pagination'
import { messagesFor } from '@/i18n/messages'
import { localeOf, pageMetadata } from '@/lib/pageMetadata'

type Props = { params: Promise<{ locale: string; kind: string; page: string }> }

// `/articles?kind=…&page=…` arrives here through next.config's rewrites, so each combination is a
// path of its own: generated on the first visit, then served from the cache like any page.
export const generateStaticParams = () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  const kind = articleKindFrom((await params).kind)
  return pageMetadata({
    locale,
    path: '/articles',
    title: kind ? messagesFor(locale).kinds[kind] : messagesFor(locale).nav.articles,
  })
}

export default async function ArticlesListPage({ params }: Props) {
  const { kind, page } = await params
  return (
    <ArticlesIndex
      locale={await localeOf(params)}
      kind={articleKindFrom(kind)}
      page={pageFromQuery(page)}
    />
  )
}
