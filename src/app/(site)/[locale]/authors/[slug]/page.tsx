import type { Metadata } from 'next'

import { authorMetadata, AuthorView } from '@/components/lists/AuthorView'
import { localeOf } from '@/lib/pageMetadata'

type Props = { params: Promise<{ locale: string; slug: string }> }

// Generated on the first visit, then served from the cache until content changes (revalidateSite).
export const generateStaticParams = () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return authorMetadata(await localeOf(params), (await params).slug)
}

/** The profile with the first page of articles. `?page=` is rewritten to lists/authors. */
export default async function AuthorPage({ params }: Props) {
  return <AuthorView locale={await localeOf(params)} slug={(await params).slug} page={1} />
}
