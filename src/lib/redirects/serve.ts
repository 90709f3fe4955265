import { localePath, type Locale } from '@/i18n/config'
import { currentCacheNamespace } from '@/lib/pageCache/namespace.mjs'
import { getPayloadClient } from '@/lib/payload'

import { REDIRECTED_BY } from './keepQuery.mjs'
import { parseSitePath } from './paths'
import { redirectTable } from './table'
import { loadRedirects } from './targets'

/**
 * This process's table: loaded as an anonymous reader would see the redirects, so one that
 * leads to an unpublished (or deleted) document leads nowhere, and the address stays a 404.
 */
const lookUp = redirectTable({
  generation: currentCacheNamespace,
  load: async () => {
    const redirects = await loadRedirects(await getPayloadClient())
    return new Map(
      redirects.flatMap(({ from, target }) => (target ? [[from, target] as const] : [])),
    )
  },
})

/**
 * The 301 that answers a request for a redirected address, in the address's language
 * (/az/articles/old → /az/articles/new), or undefined. It is cached with the site's pages, by
 * path, until the next change readers can see; server.mjs adds the request's query string.
 */
export async function redirectFor(locale: Locale, request: Request): Promise<Response | undefined> {
  const parsed = parseSitePath(new URL(request.url).pathname)
  if (!('path' in parsed)) return undefined
  const target = await lookUp(parsed.path)
  if (target === undefined) return undefined
  const location = new URL(localePath(locale, target), 'http://site').pathname
  return new Response(null, {
    status: 301,
    headers: { Location: location, [REDIRECTED_BY.name]: REDIRECTED_BY.value },
  })
}
