import crypto from 'node:crypto'

import type { CollectionAfterChangeHook, CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { userIsStaff } from '@/access/roles'
import { attemptLimiter } from '@/lib/attemptLimiter'
import { clientIp, hashIp } from '@/lib/requestIp'
import { TooManyRequests } from '@/lib/tooManyRequests'

/**
 * Every submission mails the address it gives and every editor, so senders are limited on every
 * path that creates one (the form, REST, GraphQL): one per address every 30 seconds, and a few per
 * e-mail address a day, so that many addresses cannot flood one inbox either. An address's attempt
 * counts when it starts, before its upload is checked, so parallel requests cannot slip through
 * together; an e-mail address counts the submissions stored, so a refused file costs nothing.
 * Staff are not limited; nor is server-side code, which has no client address.
 */
const perIp = attemptLimiter({ max: 1, windowSeconds: 30 })
const perEmail = attemptLimiter({ max: 5, windowSeconds: 24 * 60 * 60 })

// Anything but text is refused by validation later; it must not crash the key first.
const emailKey = (email: unknown) => crypto.createHash('sha256').update(typeof email === 'string' ? email.trim().toLowerCase() : '').digest('hex').slice(0, 32)

/** The sender's address as a key, or null when the limits do not apply. */
function senderKey(req: PayloadRequest): string | null {
  if (userIsStaff(req.user)) return null
  const address = req.headers ? clientIp(req.headers) : null
  return address ? hashIp(address, req.payload.secret) : null
}

export const limitSubmissions: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  const ip = operation === 'create' ? senderKey(req) : null
  if (!ip) return args
  const email = emailKey((args as { data?: { email?: unknown } }).data?.email)
  const wait = Math.max(perIp.retryAfter(ip), perEmail.retryAfter(email))
  if (wait) throw new TooManyRequests(req, `Too many submissions. Please wait ${wait} seconds before sending again.`, wait)
  perIp.record(ip)
  return args
}

export const countSubmissionPerEmail: CollectionAfterChangeHook = ({ doc, operation, req }) => {
  if (operation === 'create' && senderKey(req)) perEmail.record(emailKey(doc.email))
  return doc
}
