import { authorPage } from '@/components/lists/AuthorView'
import { readingPage } from '@/components/page/readingPage'
import { pageFromQuery } from '@/components/Pagination'

// `/authors/[slug]?page=N` arrives here through next.config's rewrites: one cached page per N.
export const dynamic = 'force-static'
export const generateStaticParams = () => []

export const GET = readingPage<{ slug: string; page: string }>((locale, { slug, page }) =>
  authorPage(locale, slug, pageFromQuery(page)),
)
