import type { CollectionBeforeOperationHook } from 'payload'

import { canAlways } from '@/access/gate'

/** The most documents one public REST or GraphQL list request may return. */
export const MAX_PUBLIC_LIMIT = 100

/**
 * `?limit=0` or `?pagination=false` would make one anonymous request read a whole collection;
 * readers and interns get at most MAX_PUBLIC_LIMIT per page. Editors (the admin panel) and the
 * site's own Local API calls are not capped. Relationship depth is capped for everyone by the
 * config's `maxDepth`.
 */
export const capPublicQueries: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (
    operation !== 'read' ||
    !('limit' in args || 'pagination' in args) ||
    req.payloadAPI === 'local' ||
    canAlways(req.user, 'queries', 'listUncapped')
  )
    return args
  const limit = Number(args.limit)
  const tooMany =
    ('pagination' in args && args.pagination === false) || limit === 0 || limit > MAX_PUBLIC_LIMIT
  return tooMany ? { ...args, pagination: true, limit: MAX_PUBLIC_LIMIT } : args
}
