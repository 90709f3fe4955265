import { authorsPage } from '@/components/lists/PeopleView'
import { readingPage } from '@/components/page/readingPage'

// `/authors?team=<slug>` arrives here through next.config's rewrites: one cached page per team.
export const dynamic = 'force-static'
export const generateStaticParams = () => []

export const GET = readingPage<{ slug: string }>((locale, { slug }) =>
  authorsPage(locale, { team: slug }),
)
