import type { Metadata } from 'next'

import { authorMetadata, AuthorView } from '@/components/lists/AuthorView'
import { pageFromQuery } from '@/components/Pagination'
import { localeOf } from '@/lib/pageMetadata'

type Props = { params: Promise<{ locale: string; slug: string; page: string }> }

// `/authors/[slug]?page=N` arrives here through next.config's rewrites: one cached page per N.
export const generateStaticParams = () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return authorMetadata(await localeOf(params), (await params).slug)
}

export default async function AuthorListPage({ params }: Props) {
  const { slug, page } = await params
  return <AuthorView locale={await localeOf(params)} slug={slug} page={pageFromQuery(page)} />
}
