import { articlesPage } from '@/components/lists/ArticlesIndex'
import { readingPage } from '@/components/page/readingPage'

/** Rendered on the first visit, then served from the page cache until content changes (src/lib/revalidate.ts). */
export const dynamic = 'force-static'
export const generateStaticParams = () => []

/** The first page of all kinds. Other pages and kinds (`?page=`, `?kind=`) are rewritten to lists/articles. */
export const GET = readingPage((locale) => articlesPage(locale, undefined, 1))
