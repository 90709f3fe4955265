import type { Metadata } from 'next'

import { ArticlesIndex } from '@/components/lists/ArticlesIndex'
import { messagesFor } from '@/i18n/messages'
import { localeOf, pageMetadata } from '@/lib/pageMetadata'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  return pageMetadata({ locale, path: '/articles', title: messagesFor(locale).nav.articles })
}

/** The first page of all kinds. Other pages and kinds (`?page=`, `?kind=`) are rewritten to lists/articles. */
export default async function ArticlesPage({ params }: Props) {
  return <ArticlesIndex locale={await localeOf(params)} page={1} />
}
