import type { CollectionAfterErrorHook, CollectionBeforeValidateHook } from 'payload'

import { attemptLimiter } from '@/lib/limits/attemptLimiter'
import { giveBackAttempt, takeAttempt, type AttemptCount } from '@/lib/limits/attempts'
import { emailKey, senderKey } from '@/lib/limits/keys'
import type { SubscriptionRequest } from '@/payload-types'

/** A person subscribes once, maybe corrects a choice: more from one address is a script. */
export const perSender = attemptLimiter('subscribe-per-ip', { max: 5, windowSeconds: 3600 })
/**
 * Each request mails its address, so the address is limited too: nobody can flood a stranger's
 * inbox with confirmation mails, from however many addresses.
 */
export const perAddress = attemptLimiter('subscribe-per-email', {
  max: 3,
  windowSeconds: 24 * 3600,
})

/**
 * Counts a request against both limits before it is checked, as the comment and submission limits
 * do, so that parallel requests cannot all pass. A server-side call (no sender) counts only its
 * address. A refused request gives its attempts back (the form's pipeline, or releaseFailedRequest).
 */
export const limitRequests: CollectionBeforeValidateHook<SubscriptionRequest> = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create' || !data) return data
  const sender = senderKey(req)
  const counts: AttemptCount[] = [
    { limiter: perAddress, key: emailKey(req, 'email', data.email) },
    ...(sender ? [{ limiter: perSender, key: sender }] : []),
  ]
  await takeAttempt(
    req,
    counts,
    (wait) => `Too many subscription requests. Please wait ${wait} seconds and try again.`,
  )
  return data
}

/** A request refused over REST or GraphQL does not count. */
export const releaseFailedRequest: CollectionAfterErrorHook = ({ req }) =>
  giveBackAttempt(req.context)
