/**
 * The header a page rendered per request sets when its answer depends on nothing but its address
 * and the published content (search results): server.mjs's front cache (frontCache.mjs) may then
 * keep it until the next change readers can see, as it keeps the pages of Next's cache.
 */
export const KEEP_FOR_GENERATION = 'x-thinktank-keep'

/** The addresses of such pages: search, in every language. */
export const KEPT_PATHS = /^\/(?:(?:az|ru)\/)?search(?:[?#]|$)/
