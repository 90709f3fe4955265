import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { previewUser } from '@/access/preview'
import { ArticleView } from '@/components/ArticleView'
import { loadArticle } from '@/components/articlePage'
import { isLocale } from '@/i18n/config'

/** Rendered per request, as the signed-in staff member: never cached. */
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string; slug: string }> }

/** The signed-in user's view of the article's latest draft, or a 404 when they may not read it. */
async function previewedArticle({ params }: Props) {
  const { locale, slug } = await params
  const user = isLocale(locale) ? await previewUser() : null
  const loaded = user && isLocale(locale) ? await loadArticle(locale, slug, user) : null
  if (!loaded) notFound()
  return loaded
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  return { title: (await previewedArticle(props)).article.title }
}

export default async function ArticlePreviewPage(props: Props) {
  return <ArticleView {...await previewedArticle(props)} />
}
