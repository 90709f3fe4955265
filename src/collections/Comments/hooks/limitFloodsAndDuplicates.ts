import { APIError, type CollectionAfterErrorHook, type CollectionBeforeValidateHook } from 'payload'

import { FLOOD_SECONDS } from '@/lib/commentPolicy'
import type { CodedError } from '@/lib/forms/refusals'
import { attemptLimiter } from '@/lib/limits/attemptLimiter'
import { giveBackAttempt, takeAttempt } from '@/lib/limits/attempts'
import { senderKey } from '@/lib/limits/keys'
import type { Comment } from '@/payload-types'

import { isTrustedWrite } from './isTrustedWrite'

/** 409: this exact comment is already there. */
export class DuplicateCommentError extends APIError implements CodedError {
  readonly code = 'duplicate'

  constructor() {
    super(
      'You have already posted this comment.',
      409,
      { errors: [{ path: 'body', message: 'Duplicate comment.' }] },
      true,
    )
  }
}

/** One comment per address every FLOOD_SECONDS, counted in the database's ledger (lib/limits). */
const perIp = attemptLimiter('comments-per-ip', { max: 1, windowSeconds: FLOOD_SECONDS })

/**
 * Flood limit and duplicate check for readers' comments. Both are keyed on the sender's own
 * address, never on the e-mail address they type: an answer that depended on the e-mail would
 * tell anyone who guesses one whether that person commented (and let them block that person).
 * The flood limit counts an attempt before the comment is checked, as the login and submission
 * limits do, so that parallel comments from one address (through one server or several) cannot
 * all pass before any is stored; a refused comment gives its attempt back (the form's pipeline,
 * or releaseFailedComment). The duplicate check is a system look-up (readers cannot read other
 * comments' IP hash).
 */
export const limitFloodsAndDuplicates: CollectionBeforeValidateHook<Comment> = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create' || !data || isTrustedWrite(req)) return data
  const ipHash = senderKey(req)
  if (!ipHash) return data
  await takeAttempt(
    req,
    [{ limiter: perIp, key: ipHash }],
    (wait) => `You are commenting too fast. Please wait ${wait} seconds and try again.`,
  )

  const articleId =
    typeof data.article === 'object' && data.article ? data.article.id : data.article
  if (articleId && typeof data.body === 'string') {
    const duplicates = await req.payload.count({
      collection: 'comments',
      where: {
        and: [
          { article: { equals: articleId } },
          { ipHash: { equals: ipHash } },
          { body: { equals: data.body.trim() } },
        ],
      },
      req,
    })
    if (duplicates.totalDocs > 0) throw new DuplicateCommentError()
  }
  return data
}

/** A comment refused over REST or GraphQL does not make its sender wait. */
export const releaseFailedComment: CollectionAfterErrorHook = ({ req }) =>
  giveBackAttempt(req.context)
