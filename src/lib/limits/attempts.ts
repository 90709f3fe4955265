import type { PayloadRequest, RequestContext } from 'payload'

import type { AttemptLimiter } from './attemptLimiter'
import { TooManyRequests } from './tooManyRequests'

/** One limit an attempt counts against: a limiter, and the sender's key in it. */
export type AttemptCount = { limiter: AttemptLimiter; key: string }

/** Where a request keeps the counts it took, for giving them back. */
const TAKEN = 'attemptsTaken'

/**
 * Counts a request against every one of its limits before it runs, or refuses it (429) when any
 * is used up. Counting up front means parallel requests cannot all pass before the first one
 * ends; an attempt that should not count (a failed submission, a successful login) is given back.
 */
export function takeAttempt(
  req: PayloadRequest,
  counts: AttemptCount[],
  refusal: (wait: number) => string,
): void {
  const wait = Math.max(0, ...counts.map(({ limiter, key }) => limiter.retryAfter(key)))
  if (wait) throw new TooManyRequests(req, refusal(wait), wait)
  for (const { limiter, key } of counts) limiter.record(key)
  req.context[TAKEN] = counts
}

/**
 * Takes back what `takeAttempt` counted for this request. REST errors reach it through a
 * collection's `afterError` hook; a Local API caller (the site's forms) passes its own `context`
 * object, which Payload uses as the request's, and calls this itself when its create throws.
 */
export function giveBackAttempt(context: RequestContext): void {
  const counts = context[TAKEN] as AttemptCount[] | undefined
  for (const { limiter, key } of counts ?? []) limiter.forgive(key)
  delete context[TAKEN]
}
