import type { ReactNode } from 'react'
import { prerender } from 'react-dom/static'

import { contentSecurityPolicy } from '../../../security-headers.mjs'

import { DEFAULT_LOCALE, isLocale, type Locale } from '@/i18n/config'
import type { PageHead } from '@/lib/pageMetadata'
import { redirectFor } from '@/lib/redirects/serve'

import { Document } from './Document'
import { ServerErrorPage, NotFoundPage } from './StatusPages'

/**
 * What a reading page renders: its head, its body (inside SiteFrame), whether it loads the site's
 * script, the other origins it shows in frames (a video's player), and, where not 200 and nothing
 * more, its status and headers.
 */
export type PageContent = {
  head: PageHead
  body: ReactNode
  script?: boolean
  frames?: string[]
  status?: number
  headers?: Record<string, string>
}

/** A page's content for its route parameters, or null for the site's 404 page. */
export type PageLoader<Params> = (
  locale: Locale,
  params: Params,
  request: Request,
) => Promise<PageContent | null>

type RouteContext<Params> = { params: Promise<Params & { locale: string }> }

/** Renders to the HTML document on the server: no React in the browser, no page data inlined twice. */
export async function htmlResponse(
  content: PageContent,
  locale: Locale,
  status = 200,
  headers: Record<string, string> = {},
): Promise<Response> {
  const { prelude } = await prerender(
    <Document locale={locale} head={content.head} script={content.script}>
      {content.body}
    </Document>,
  )
  // The prelude starts with <!DOCTYPE html>: React writes it for a document rooted in <html>.
  return new Response(prelude, {
    status,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      // security-headers.mjs leaves the addresses of editors' pages to this policy.
      'Content-Security-Policy': contentSecurityPolicy({ frames: content.frames }),
      ...headers,
    },
  })
}

/**
 * The GET handler of a public reading page (`[locale]/…/route.tsx`). The route file says how it is
 * cached (`dynamic`); this renders it as plain HTML (bench/ANALYSIS.md, "Reading pages without the
 * framework's runtime") and answers an unknown language, a missing document or a failure with the
 * site's own 404 and 500 pages in the reader's language. This is the site's one 404: an address
 * that was redirected (src/lib/redirects) answers its 301 here instead.
 */
export function readingPage<Params extends object>(load: PageLoader<Params>) {
  return async function GET(request: Request, { params }: RouteContext<Params>) {
    const { locale, ...rest } = await params
    // An address whose first part is no language (/2019/05/old-post) is English, as at the root.
    const language = isLocale(locale) ? locale : DEFAULT_LOCALE
    try {
      const content = isLocale(locale) ? await load(locale, rest as Params, request) : null
      if (content) return await htmlResponse(content, language, content.status, content.headers)
      return (
        (await redirectFor(language, request)) ??
        (await htmlResponse(await NotFoundPage(language), language, 404))
      )
    } catch (error) {
      // A server error is never kept in the page cache (page-cache-handler.mjs): the next visit tries again.
      console.error(`Rendering ${new URL(request.url).pathname} failed:`, error)
      return htmlResponse(ServerErrorPage(language), language, 500)
    }
  }
}
