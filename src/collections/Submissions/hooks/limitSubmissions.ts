import type {
  CollectionAfterErrorHook,
  CollectionBeforeOperationHook,
  PayloadRequest,
} from 'payload'

import { canAlways } from '@/access/gate'
import { attemptLimiter } from '@/lib/limits/attemptLimiter'
import { giveBackAttempt, takeAttempt } from '@/lib/limits/attempts'
import { emailKey, senderKey } from '@/lib/limits/keys'

/**
 * Every submission mails the address it gives and every editor, so senders are limited on every
 * path that creates one (the form, REST, GraphQL): one per address every 30 seconds, and a few per
 * e-mail address a day, so that many addresses cannot flood one inbox either. An attempt counts
 * when it starts, before its upload is checked, so parallel requests cannot slip through together,
 * and is given back when it fails (a refused file must not make its sender wait). Staff are not
 * limited; nor is server-side code, which has no client address.
 */
const perIp = attemptLimiter('submissions-per-ip', { max: 1, windowSeconds: 30 })
const perEmail = attemptLimiter('submissions-per-email', { max: 5, windowSeconds: 24 * 60 * 60 })

const limitedSender = (req: PayloadRequest) =>
  canAlways(req.user, 'submissions', 'sendUnlimited') ? null : senderKey(req)

export const limitSubmissions: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const ip = operation === 'create' ? limitedSender(req) : null
  if (!ip) return args
  const email = emailKey(req, 'email', (args as { data?: { email?: unknown } }).data?.email)
  await takeAttempt(
    req,
    [
      { limiter: perIp, key: ip },
      { limiter: perEmail, key: email },
    ],
    (wait) => `Too many submissions. Please wait ${wait} seconds before sending again.`,
  )
  return args
}

/** GraphQL cannot upload, so it never stores one; the form gives its attempt back itself (giveBackAttempt). */
export const releaseFailedSubmission: CollectionAfterErrorHook = ({ req }) =>
  giveBackAttempt(req.context)
