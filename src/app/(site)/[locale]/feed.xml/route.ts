import { localeOf } from '@/lib/pageMetadata'
import { articleFeed } from '@/lib/feeds'

/** Cached like the pages, refreshed when content changes (src/lib/revalidate.ts). */
export const dynamic = 'force-static'

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  return articleFeed({ locale: await localeOf(params), path: '/' })
}
