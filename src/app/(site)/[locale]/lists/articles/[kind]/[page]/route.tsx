import { articleKindFrom, articlesPage } from '@/components/lists/ArticlesIndex'
import { readingPage } from '@/components/page/readingPage'
import { pageFromQuery } from '@/components/Pagination'

// `/articles?kind=…&page=…` arrives here through next.config's rewrites, so each combination is a
// path of its own: generated on the first visit, then served from the cache like any page.
export const dynamic = 'force-static'
export const generateStaticParams = () => []

export const GET = readingPage<{ kind: string; page: string }>((locale, { kind, page }) =>
  articlesPage(locale, articleKindFrom(kind), pageFromQuery(page)),
)
