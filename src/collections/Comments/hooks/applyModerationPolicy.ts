import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { viaPublicForm } from '@/lib/forms/marker'
import { decideStatus, type CommentPolicy } from '@/lib/commentPolicy'
import type { Comment } from '@/payload-types'

import { isTrustedWrite } from './isTrustedWrite'

/**
 * Whether this reader has an approved comment under this e-mail address. Only comments the
 * reader's browser proves it wrote count (the form passes their ids from the commenter cookie,
 * see lib/commenterToken.ts): an address anyone could type is no identity.
 */
async function wroteApprovedComment(
  req: PayloadRequest,
  email: string | null | undefined,
): Promise<boolean> {
  const ids = req.context?.commenterIds
  if (!email || !Array.isArray(ids) || !ids.length) return false
  const approved = await req.payload.count({
    collection: 'comments',
    where: {
      and: [
        { id: { in: ids } },
        { authorEmail: { equals: email } },
        { status: { equals: 'approved' } },
      ],
    },
    req,
  })
  return approved.totalDocs > 0
}

/**
 * The comment form checks its hidden field and how fast it was filled in; a comment sent any other
 * way (REST, GraphQL, a script) or with no valid timestamp (a page cached under an older secret)
 * escaped those checks, so it waits for a moderator whatever the policy says.
 */
const sentThroughTimedForm = (req: PayloadRequest) =>
  viaPublicForm(req, 'comment') && req.context?.holdForModeration !== true

/**
 * A reader's new comment gets its status from the site's comment policy, never from the request
 * (field access has already dropped any `status` a reader sent). Moderators' own comments keep
 * theirs, and so do trusted system imports (see isTrustedWrite). The look-ups are system reads:
 * the policy and earlier comments are not the reader's to see.
 */
export const applyModerationPolicy: CollectionBeforeChangeHook<Comment> = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create' || isTrustedWrite(req)) return data
  const settings = await req.payload.findGlobal({ slug: 'site-settings', depth: 0, req })
  const policy: CommentPolicy = {
    moderationMode: settings.commentPolicy?.moderationMode ?? 'hold-all',
    linkLimit: settings.commentPolicy?.linkLimit ?? 2,
    blocklist: settings.commentPolicy?.blocklist,
  }
  const approvedBefore =
    policy.moderationMode === 'hold-first-time'
      ? await wroteApprovedComment(req, data.authorEmail)
      : false
  // Collection beforeChange hooks run before field validation: a non-text body (sent over REST) is
  // refused by the field's own validate right after this, so it must not crash the policy first.
  const decision = decideStatus(
    policy,
    typeof data.body === 'string' ? data.body : '',
    approvedBefore,
  )
  if (decision.status === 'approved' && !sentThroughTimedForm(req)) {
    decision.status = 'pending'
    decision.reason = 'not sent through the comment form with a valid timestamp'
  }
  req.payload.logger.info(`[comments] new comment ${decision.status}: ${decision.reason}`)
  return { ...data, status: decision.status }
}
