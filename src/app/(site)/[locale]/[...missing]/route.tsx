import { readingPage } from '@/components/page/readingPage'

// Every unknown address gets the same 404 page: kept in the cache like the pages, so a flood of
// made-up addresses costs one render per address and generation, not one per request.
export const dynamic = 'force-static'
export const generateStaticParams = () => []

/** Any address that matches no page: the site's own 404 page in the address's language. */
export const GET = readingPage(async () => null)
