import type { PayloadRequest } from 'payload'

/**
 * What a step of the review workflow did and how many people it told, for the confirmation the
 * admin shows after "Submit for review" or "Request changes" (src/components/admin/ReviewActions):
 * Payload answers a save with its own words ("Draft saved successfully"), so the step travels in a
 * response header next to them. Free of Payload's runtime: the admin's browser code reads it too.
 */
export const REVIEW_NOTICE_HEADER = 'x-review-notice'

export type ReviewStep = 'in-review' | 'changes-requested'
export type ReviewNotice = { step: ReviewStep; told: number }

/** Sets the header on the response to this request (REST and GraphQL alike). */
export function announceReviewStep(req: PayloadRequest, notice: ReviewNotice): void {
  req.responseHeaders ??= new Headers()
  req.responseHeaders.set(REVIEW_NOTICE_HEADER, JSON.stringify(notice))
}

/** The notice of a response, or undefined when its save changed no step. */
export function readReviewNotice(headers: Headers): ReviewNotice | undefined {
  const value = headers.get(REVIEW_NOTICE_HEADER)
  if (!value) return undefined
  try {
    const notice = JSON.parse(value) as Partial<ReviewNotice>
    return (notice.step === 'in-review' || notice.step === 'changes-requested') &&
      typeof notice.told === 'number'
      ? { step: notice.step, told: notice.told }
      : undefined
  } catch {
    return undefined
  }
}
