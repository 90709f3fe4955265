import type { CollectionBeforeChangeHook } from 'payload'

import { canAlways } from '@/access/gate'
import type { Comment } from '@/payload-types'

/**
 * A staff reply names the moderator who wrote it. Only the reply endpoint (endpoints/reply.ts)
 * asks for this, through the Local API's `context`, which REST, GraphQL and the public form
 * cannot set; the field itself is closed to every API (systemField), so a forged value never
 * gets this far.
 */
export const markStaffReply: CollectionBeforeChangeHook<Comment> = ({ data, operation, req }) => {
  if (operation !== 'create' || req.context?.staffReply !== true) return data
  if (!req.user || !canAlways(req.user, 'comments', 'moderate')) return data
  return { ...data, staffAuthor: req.user.id }
}
