import crypto from 'node:crypto'

import type { CollectionAfterLoginHook, CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { attemptLimiter } from '@/lib/attemptLimiter'
import { clientIp, hashIp } from '@/lib/requestIp'
import { TooManyRequests } from '@/lib/tooManyRequests'

/**
 * Password guessing is slowed per source, so that nobody can lock an account for everyone else:
 * - one address may fail 5 times on one account (then that address waits, nobody else does),
 * - and 10 times across all accounts (it cannot lock every editor out one after the other);
 * - the account itself locks for everyone only after `maxLoginAttempts` (Users) failures in a
 *   row, which takes many addresses: the slow, global brake on a distributed attack.
 * Every login path counts (REST, GraphQL, the admin panel, the Local API with a request), since
 * all of them run Payload's login operation: each attempt is counted before it runs, and taken
 * back when it succeeds.
 */
const LOGIN_FAILURES_PER_ACCOUNT_AND_IP = { max: 5, windowSeconds: 15 * 60 }
const LOGIN_FAILURES_PER_IP = { max: 10, windowSeconds: 15 * 60 }
const perAccountAndIp = attemptLimiter('login-failures-per-account-and-ip', LOGIN_FAILURES_PER_ACCOUNT_AND_IP)
const perIp = attemptLimiter('login-failures-per-ip', LOGIN_FAILURES_PER_IP)

type LoginKeys = { ip: string; accountAndIp: string }

function loginKeys(req: PayloadRequest, email: unknown): LoginKeys | null {
  const address = req.headers ? clientIp(req.headers) : null
  if (!address) return null
  const ip = hashIp(address, req.payload.secret)
  // Anything but text is refused by the login itself; it must not crash the key first.
  const account = crypto.createHmac('sha256', req.payload.secret).update(`account:${typeof email === 'string' ? email.trim().toLowerCase() : ''}`).digest('hex').slice(0, 32)
  return { ip, accountAndIp: `${account}:${ip}` }
}

/** Where the afterLogin hook finds the keys of the attempt it forgives. */
const ATTEMPT = 'loginAttemptKeys'

export const limitLoginAttempts: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const keys = loginKeys(req, (args as { data?: { email?: unknown } }).data?.email)
  if (!keys) return args
  const wait = Math.max(perAccountAndIp.retryAfter(keys.accountAndIp), perIp.retryAfter(keys.ip))
  if (wait) throw new TooManyRequests(req, `Too many failed logins from your address. Try again in ${Math.ceil(wait / 60)} minutes.`, wait)
  perAccountAndIp.record(keys.accountAndIp)
  perIp.record(keys.ip)
  req.context[ATTEMPT] = keys
  return args
}

/** A login that succeeded was no failure. */
export const forgiveSuccessfulLogin: CollectionAfterLoginHook = ({ req }) => {
  const keys = req.context[ATTEMPT] as LoginKeys | undefined
  if (!keys) return
  perAccountAndIp.forgive(keys.accountAndIp)
  perIp.forgive(keys.ip)
  delete req.context[ATTEMPT]
}
