import { authorsPage } from '@/components/lists/PeopleView'
import { readingPage } from '@/components/page/readingPage'

/** Rendered on the first visit, then served from the page cache until content changes (src/lib/revalidate.ts). */
export const dynamic = 'force-static'
export const generateStaticParams = () => []

/** Everyone, by team. `?team=` and `?topic=` are rewritten to lists/people, so this page stays static. */
export const GET = readingPage((locale) => authorsPage(locale))
