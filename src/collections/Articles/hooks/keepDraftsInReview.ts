import { APIError, type CollectionBeforeDeleteHook } from 'payload'

import { canAlways } from '@/access/gate'
import { adminT } from '@/i18n/admin'

/**
 * `articles.deleteInReview` (src/access/permissions.ts): a draft waiting for review is in the
 * editors' inboxes, and a link there must not lead nowhere, so only those granted it may delete it
 * (the others ask an editor, who may also send it back). Checked here rather than as a scope: a
 * draft's review state lives in its latest version, which an access query on the article does not
 * see. A refusal answers 403 with the reason on REST, GraphQL and the Local API alike.
 */
export const keepDraftsInReview: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  if (!req.user || canAlways(req.user, 'articles', 'deleteInReview')) return
  const latest = await req.payload.findByID({
    collection: collection.slug as 'articles',
    id,
    draft: true,
    depth: 0,
    select: { reviewState: true },
    disableErrors: true,
    req,
  })
  if (latest?.reviewState === 'in-review') {
    throw new APIError(adminT(req.t)('cms:review:deleteInReview'), 403, undefined, true)
  }
}
