import {
  ValidationError,
  type CollectionBeforeChangeHook,
  type CollectionBeforeValidateHook,
} from 'payload'

import { adminT } from '@/i18n/admin'
import type { Article } from '@/payload-types'

/** Sending a draft back without saying what to change helps nobody: "Request changes" needs a message. */
export const requireReviewNote: CollectionBeforeValidateHook<Article> = ({
  data,
  originalDoc,
  collection,
  req,
}) => {
  if (data?.reviewState !== 'changes-requested' || originalDoc?.reviewState === 'changes-requested')
    return data
  const note = data.reviewNote ?? originalDoc?.reviewNote
  if (!note?.trim()) {
    throw new ValidationError({
      collection: collection.slug,
      errors: [
        {
          // In the language of the admin that asked (the request's).
          message: adminT(req.t)('cms:review:noteRequired'),
          path: 'reviewNote',
        },
      ],
      req,
    })
  }
  return data
}

/**
 * Keeps the review queue honest: who sent the draft for review and when (the queue's order),
 * and who published it. Publishing takes the article out of the queue.
 */
export const trackReview: CollectionBeforeChangeHook<Article> = ({ data, originalDoc, req }) => {
  const userId = req.user?.collection === 'users' ? req.user.id : undefined
  if (data._status === 'published') {
    const firstPublication = !originalDoc?.publishedBy && originalDoc?._status !== 'published'
    return {
      ...data,
      reviewState: 'none',
      ...(firstPublication && userId !== undefined ? { publishedBy: userId } : {}),
    }
  }
  if (data.reviewState === 'in-review' && originalDoc?.reviewState !== 'in-review') {
    return {
      ...data,
      reviewRequestedAt: new Date().toISOString(),
      reviewRequestedBy: userId ?? null,
    }
  }
  return data
}
