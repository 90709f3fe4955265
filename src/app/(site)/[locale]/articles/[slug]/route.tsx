import { ArticleView } from '@/components/ArticleView'
import { articleMetadata, loadArticle } from '@/components/articlePage'
import { readingPage } from '@/components/page/readingPage'

/** Rendered on the first visit, then served from the page cache until content changes (src/lib/revalidate.ts). */
export const dynamic = 'force-static'
export const generateStaticParams = () => []

export const GET = readingPage<{ slug: string }>(async (locale, { slug }) => {
  const loaded = await loadArticle(locale, slug)
  if (!loaded) return null
  return { head: articleMetadata(loaded), body: <ArticleView {...loaded} />, script: true }
})
