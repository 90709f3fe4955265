import type { Metadata } from 'next'

import { ArticleView } from '@/components/ArticleView'
import { articleMetadata, loadArticle } from '@/components/articlePage'

type Props = { params: Promise<{ locale: string; slug: string }> }

/** Rendered on first visit and cached until an editor changes something (see src/lib/revalidate.ts). */
export const generateStaticParams = () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return articleMetadata(await loadArticle(params))
}

export default async function ArticlePage({ params }: Props) {
  return <ArticleView {...await loadArticle(params)} />
}
