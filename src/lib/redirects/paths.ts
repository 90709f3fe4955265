/**
 * The addresses redirects are made of. A redirect applies in every language, so its paths carry
 * no language prefix: one typed or pasted with /az or /ru (or /en) has it stripped, and the site
 * answers /az/old with /az/new. Paths are kept as readers see them (decodeURI: "/ru/статья", not
 * "%D1%81…"). Neither side has a query string: the reader's own is passed on, never matched.
 */
import { LOCALES } from '@/i18n/config'
import { siteOrigin } from '@/lib/config/site'

export const MAX_PATH_LENGTH = 2000

/** Where a document of each collection a redirect may point at lives, without a language prefix. */
const ADDRESS_PREFIX = {
  articles: '/articles/',
  authors: '/authors/',
  topics: '/topics/',
  pages: '/',
} as const

export type AddressedCollection = keyof typeof ADDRESS_PREFIX
export const ADDRESSED_COLLECTIONS = Object.keys(ADDRESS_PREFIX) as AddressedCollection[]

export const isAddressedCollection = (slug: string): slug is AddressedCollection =>
  slug in ADDRESS_PREFIX

/** The path of a document with this slug: "/articles/<slug>", "/<slug>" for a page. */
export const addressOf = (collection: AddressedCollection, slug: string) =>
  `${ADDRESS_PREFIX[collection]}${slug}`

/** The collection and slug whose document would live at `path`, if a document could. */
export function documentAt(path: string): { collection: AddressedCollection; slug: string } | null {
  const parts = path.split('/').slice(1)
  if (parts.length === 1 && parts[0]) return { collection: 'pages', slug: parts[0] }
  if (parts.length !== 2 || !parts[1]) return null
  const collection = ADDRESSED_COLLECTIONS.find((name) => ADDRESS_PREFIX[name] === `/${parts[0]}/`)
  return collection ? { collection, slug: parts[1] } : null
}

const LOCALE_PREFIX = new RegExp(`^/(?:${LOCALES.join('|')})(?=/|$)`)

export type ParsedPath = { path: string } | { error: string }

/** decodeURI that answers null for a malformed escape (a lone "%") instead of throwing. */
function decoded(text: string): string | null {
  try {
    return decodeURI(text)
  } catch {
    return null
  }
}

/**
 * A path on this site as redirects keep it, from what an editor typed or pasted (or a CSV cell):
 * "/old-page", "old-page/", "https://<this site>/az/old-page" all give "/old-page". An address on
 * another site, a query string or a `#…` part is refused with the reason.
 */
export function parseSitePath(input: unknown): ParsedPath {
  if (typeof input !== 'string' || !input.trim()) return { error: 'A path is required.' }
  const text = input.trim()
  if (text.length > MAX_PATH_LENGTH)
    return { error: `A path can be at most ${MAX_PATH_LENGTH} characters long.` }
  const site = new URL(siteOrigin())
  const absolute = /^[a-z][a-z0-9+.-]*:/i.test(text) || text.startsWith('//')
  let url: URL
  try {
    url = new URL(absolute ? text : `/${text.replace(/^\/+/, '')}`, site)
  } catch {
    return { error: 'This is not an address: give a path such as /2019/05/old-post.' }
  }
  if (absolute && (!/^https?:$/.test(url.protocol) || url.host !== site.host))
    return {
      error: `Only addresses on this site (${site.host}) can be used: give the path, such as /2019/05/old-post.`,
    }
  if (url.hash) return { error: 'Leave out the #… part: browsers never send it to the site.' }
  if (url.search)
    return {
      error:
        'Leave out the query string (?…): a redirect matches the path, and passes the reader’s query string on.',
    }
  const path = decoded(url.pathname.replace(/\/{2,}/g, '/'))
  if (path === null) return { error: 'The path has a malformed %-escape.' }
  return { path: path.replace(LOCALE_PREFIX, '').replace(/\/+$/, '') || '/' }
}
