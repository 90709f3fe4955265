import type { CollectionBeforeChangeHook } from 'payload'

import { decideStatus, type CommentPolicy } from '@/lib/commentPolicy'
import type { Comment } from '@/payload-types'

import { isTrustedWrite } from './isTrustedWrite'

/**
 * A reader's new comment gets its status from the site's comment policy, never from the request
 * (field access has already dropped any `status` a reader sent). Moderators' own comments keep
 * theirs, and so do trusted system imports (see isTrustedWrite). The look-ups are system reads:
 * the policy and earlier comments are not the reader's to see.
 */
export const applyModerationPolicy: CollectionBeforeChangeHook<Comment> = async ({ data, operation, req }) => {
  if (operation !== 'create' || isTrustedWrite(req)) return data
  const settings = await req.payload.findGlobal({ slug: 'site-settings', depth: 0, req })
  const policy: CommentPolicy = {
    moderationMode: settings.commentPolicy?.moderationMode ?? 'hold-all',
    linkLimit: settings.commentPolicy?.linkLimit ?? 2,
    blocklist: settings.commentPolicy?.blocklist,
  }
  const approvedBefore =
    policy.moderationMode === 'hold-first-time'
      ? (
          await req.payload.count({
            collection: 'comments',
            where: { and: [{ authorEmail: { equals: data.authorEmail } }, { status: { equals: 'approved' } }] },
            req,
          })
        ).totalDocs > 0
      : false
  // Collection beforeChange hooks run before field validation: a non-text body (sent over REST) is
  // refused by the field's own validate right after this, so it must not crash the policy first.
  const decision = decideStatus(policy, typeof data.body === 'string' ? data.body : '', approvedBefore)
  if (decision.status === 'approved' && req.context?.holdForModeration === true) {
    decision.status = 'pending'
    decision.reason = 'no valid form timestamp'
  }
  req.payload.logger.info(`[comments] new comment ${decision.status}: ${decision.reason}`)
  return { ...data, status: decision.status }
}
