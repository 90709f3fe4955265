import type { Where } from 'payload'

/**
 * The authors readers may see: a guest (outside) author goes public with their first published
 * article, since listing them earlier would tell who has been accepted; staff profiles are public
 * from the start. The anonymous read rule (src/access/scopes.ts) and the search index use it.
 */
export const publicProfiles: Where = {
  or: [{ guest: { not_equals: true } }, { hasPublishedArticle: { equals: true } }],
}
