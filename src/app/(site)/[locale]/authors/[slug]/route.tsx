import { authorPage } from '@/components/lists/AuthorView'
import { readingPage } from '@/components/page/readingPage'

/** Rendered on the first visit, then served from the page cache until content changes (src/lib/revalidate.ts). */
export const dynamic = 'force-static'
export const generateStaticParams = () => []

/** The profile with the first page of articles. `?page=` is rewritten to lists/authors. */
export const GET = readingPage<{ slug: string }>((locale, { slug }) => authorPage(locale, slug, 1))
