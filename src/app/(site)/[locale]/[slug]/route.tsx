import { readingPage } from '@/components/page/readingPage'
import { sitePage } from '@/components/sitePage'

/** Rendered on the first visit, then served from the page cache until content changes (src/lib/revalidate.ts). */
export const dynamic = 'force-static'
export const generateStaticParams = () => []

/** The think tank's own pages (About, Team, Contact, …), built by editors from blocks. */
export const GET = readingPage<{ slug: string }>((locale, { slug }) => sitePage(locale, slug))
