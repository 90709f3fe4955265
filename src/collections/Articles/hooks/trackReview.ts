import {
  ValidationError,
  type CollectionBeforeChangeHook,
  type CollectionBeforeValidateHook,
} from 'payload'

import { isLocale } from '@/i18n/config'
import { adminT } from '@/i18n/admin'
import type { Article } from '@/payload-types'

import { publishedLocalesOf } from './workingCopies'

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
 * Keeps the review queue honest: who sent the draft for review, when (the queue's order) and in
 * which language, and who published it. Sending it (back) for review answers the editor's
 * message, so the message is cleared: the authors' dashboard and the sidebar never show an
 * answered request as still open (the versions keep it). Publishing takes the article out of the queue, unless it
 * made another language live than the one under review ("Publish in English" while the Russian
 * translation waits).
 */
export const trackReview: CollectionBeforeChangeHook<Article> = ({ data, originalDoc, req }) => {
  const userId = req.user?.collection === 'users' ? req.user.id : undefined
  if (data._status === 'published') {
    const firstPublication = !originalDoc?.publishedBy && originalDoc?._status !== 'published'
    const published = publishedLocalesOf(req)
    const inReview = data.reviewLocale ?? originalDoc?.reviewLocale
    const reviewed = published === 'all' || !inReview || published.includes(inReview)
    return {
      ...data,
      ...(reviewed ? { reviewState: 'none' } : {}),
      ...(firstPublication && userId !== undefined ? { publishedBy: userId } : {}),
    }
  }
  if (data.reviewState === 'in-review' && originalDoc?.reviewState !== 'in-review') {
    return {
      ...data,
      reviewRequestedAt: new Date().toISOString(),
      reviewRequestedBy: userId ?? null,
      reviewLocale: isLocale(req.locale) ? req.locale : 'en',
      reviewNote: null,
    }
  }
  return data
}
