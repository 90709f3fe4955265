import { authorsPage } from '@/components/lists/PeopleView'
import { readingPage } from '@/components/page/readingPage'

// `/authors?topic=<slug>` arrives here through next.config's rewrites: one cached page per topic.
export const dynamic = 'force-static'
export const generateStaticParams = () => []

export const GET = readingPage<{ slug: string }>((locale, { slug }) =>
  authorsPage(locale, { topic: slug }),
)
