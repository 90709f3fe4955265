import type { CollectionAfterLoginHook, CollectionBeforeOperationHook } from 'payload'

import { attemptLimiter } from '@/lib/limits/attemptLimiter'
import { giveBackAttempt, takeAttempt } from '@/lib/limits/attempts'
import { emailKey, senderKey } from '@/lib/limits/keys'

/**
 * Password guessing is slowed per source, so that nobody can lock an account for everyone else:
 * - one address may fail 5 times on one account (then that address waits, nobody else does),
 * - and 10 times across all accounts (it cannot lock every editor out one after the other);
 * - the account itself locks for everyone only after `maxLoginAttempts` (Users) failures in a
 *   row, which takes many addresses: the slow, global brake on a distributed attack.
 * Every login path counts (REST, GraphQL, the admin panel, the Local API with a request), since
 * all of them run Payload's login operation: each attempt is counted before it runs, and given
 * back when it succeeds.
 */
const perAccountAndIp = attemptLimiter('login-failures-per-account-and-ip', {
  max: 5,
  windowSeconds: 15 * 60,
})
const perIp = attemptLimiter('login-failures-per-ip', { max: 10, windowSeconds: 15 * 60 })

export const limitLoginAttempts: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  const ip = operation === 'login' ? senderKey(req) : null
  if (!ip) return args
  const account = emailKey(req, 'account', (args as { data?: { email?: unknown } }).data?.email)
  await takeAttempt(
    req,
    [
      { limiter: perAccountAndIp, key: `${account}:${ip}` },
      { limiter: perIp, key: ip },
    ],
    (wait) =>
      `Too many failed logins from your address. Try again in ${Math.ceil(wait / 60)} minutes.`,
  )
  return args
}

/** A login that succeeded was no failure. */
export const forgiveSuccessfulLogin: CollectionAfterLoginHook = ({ req }) =>
  giveBackAttempt(req.context)
