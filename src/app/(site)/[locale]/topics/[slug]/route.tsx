import { topicPage } from '@/components/lists/TopicView'
import { readingPage } from '@/components/page/readingPage'

/** Rendered on the first visit, then served from the page cache until content changes (src/lib/revalidate.ts). */
export const dynamic = 'force-static'
export const generateStaticParams = () => []

/** The topic's first page. `?page=` is rewritten to lists/topics, so this page stays static. */
export const GET = readingPage<{ slug: string }>((locale, { slug }) => topicPage(locale, slug, 1))
