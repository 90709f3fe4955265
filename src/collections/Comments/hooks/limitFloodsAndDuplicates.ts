import { APIError, type CollectionBeforeValidateHook, type PayloadRequest } from 'payload'

import { FLOOD_SECONDS } from '@/lib/commentPolicy'
import type { CodedError } from '@/lib/forms/refusals'
import { senderKey } from '@/lib/limits/keys'
import { TooManyRequests } from '@/lib/limits/tooManyRequests'
import type { Comment } from '@/payload-types'

import { isTrustedWrite } from './isTrustedWrite'

/** 429: the same address commented moments ago. */
export class CommentFloodError extends TooManyRequests {
  constructor(req: PayloadRequest, retryAfter: number) {
    super(
      req,
      `You are commenting too fast. Please wait ${retryAfter} seconds and try again.`,
      retryAfter,
    )
  }
}

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

/**
 * Flood limit and duplicate check for readers' comments. Both are keyed on the sender's own
 * address, never on the e-mail address they type: an answer that depended on the e-mail would
 * tell anyone who guesses one whether that person commented (and let them block that person).
 * These are system look-ups (readers cannot read other comments' IP hash). Unlike the login and
 * submission limits (lib/limits), the flood limit reads the stored comments rather than counting
 * attempts in memory: the duplicate check needs that look-up anyway, and it holds across several
 * servers sharing one database.
 */
export const limitFloodsAndDuplicates: CollectionBeforeValidateHook<Comment> = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create' || !data || isTrustedWrite(req)) return data
  const ipHash = senderKey(req)
  if (!ipHash) return data
  const since = new Date(Date.now() - FLOOD_SECONDS * 1000).toISOString()
  const recent = await req.payload.find({
    collection: 'comments',
    where: { and: [{ createdAt: { greater_than: since } }, { ipHash: { equals: ipHash } }] },
    sort: '-createdAt',
    limit: 1,
    depth: 0,
    select: { createdAt: true },
    req,
  })
  const last = recent.docs[0]
  if (last) {
    const waited = (Date.now() - new Date(last.createdAt).getTime()) / 1000
    throw new CommentFloodError(req, Math.max(1, Math.ceil(FLOOD_SECONDS - waited)))
  }

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
