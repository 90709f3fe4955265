import crypto from 'node:crypto'

import type { CollectionAfterChangeHook, CollectionAfterErrorHook, CollectionBeforeOperationHook, PayloadRequest, RequestContext } from 'payload'

import { canAlways } from '@/access/gate'
import { attemptLimiter } from '@/lib/attemptLimiter'
import { clientIp, hashIp } from '@/lib/requestIp'
import { TooManyRequests } from '@/lib/tooManyRequests'

/**
 * Every submission mails the address it gives and every editor, so senders are limited on every
 * path that creates one (the form, REST, GraphQL): one per address every 30 seconds, and a few per
 * e-mail address a day, so that many addresses cannot flood one inbox either. An address's attempt
 * counts when it starts, before its upload is checked, so parallel requests cannot slip through
 * together, and is given back when it fails (a refused file must not make its sender wait); an
 * e-mail address counts the submissions stored. Staff are not limited; nor is server-side code,
 * which has no client address.
 */
const perIp = attemptLimiter('submissions-per-ip', { max: 1, windowSeconds: 30 })
const perEmail = attemptLimiter('submissions-per-email', { max: 5, windowSeconds: 24 * 60 * 60 })

// Keyed like addresses (personal data: a keyed hash only). Anything but text is refused by
// validation later; it must not crash the key first.
const emailKey = (req: PayloadRequest, email: unknown) =>
  crypto.createHmac('sha256', req.payload.secret).update(`email:${typeof email === 'string' ? email.trim().toLowerCase() : ''}`).digest('hex').slice(0, 32)

/** The sender's address as a key, or null when the limits do not apply. */
function senderKey(req: PayloadRequest): string | null {
  if (canAlways(req.user, 'submissions', 'sendUnlimited')) return null
  const address = req.headers ? clientIp(req.headers) : null
  return address ? hashIp(address, req.payload.secret) : null
}

export const limitSubmissions: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  const ip = operation === 'create' ? senderKey(req) : null
  if (!ip) return args
  const email = emailKey(req, (args as { data?: { email?: unknown } }).data?.email)
  const wait = Math.max(perIp.retryAfter(ip), perEmail.retryAfter(email))
  if (wait) throw new TooManyRequests(req, `Too many submissions. Please wait ${wait} seconds before sending again.`, wait)
  perIp.record(ip)
  req.context[ATTEMPT] = ip
  return args
}

/** Where a create keeps the address it counted, for giving it back if the create fails. */
const ATTEMPT = 'submissionAttempt'

/**
 * Gives back a failed attempt's count. REST errors reach it through `afterError`; the form route,
 * which calls the Local API, passes its own `context` object (Payload uses it as the request's
 * context) and calls this when the create throws. GraphQL cannot upload, so it never stores one.
 */
export function releaseSubmissionAttempt(context: RequestContext): void {
  const ip = context[ATTEMPT]
  if (typeof ip !== 'string') return
  perIp.forgive(ip)
  delete context[ATTEMPT]
}

export const releaseFailedSubmission: CollectionAfterErrorHook = ({ req }) => releaseSubmissionAttempt(req.context)

export const countSubmissionPerEmail: CollectionAfterChangeHook = ({ doc, operation, req }) => {
  if (operation === 'create' && senderKey(req)) perEmail.record(emailKey(req, doc.email))
  return doc
}
