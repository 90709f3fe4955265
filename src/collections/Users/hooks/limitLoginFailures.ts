import type { CollectionAfterErrorHook, CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { attemptLimiter } from '@/lib/attemptLimiter'
import { clientIp, hashIp } from '@/lib/requestIp'
import { TooManyRequests } from '@/lib/tooManyRequests'

/**
 * Each account locks after 5 failed logins (the collection's `maxLoginAttempts`). This adds a
 * limit per IP address across all accounts: one address cannot guess at speed, nor lock every
 * editor out by failing five times on each.
 */
export const LOGIN_FAILURES_PER_IP = { max: 10, windowSeconds: 15 * 60 }
const failures = attemptLimiter(LOGIN_FAILURES_PER_IP)

const ipKey = (req: PayloadRequest) => {
  const ip = req.headers ? clientIp(req.headers) : null
  return ip ? hashIp(ip, req.payload.secret) : null
}

export const refuseLoginsFromFailingIp: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  const key = operation === 'login' ? ipKey(req) : null
  const wait = key ? failures.retryAfter(key) : 0
  if (wait) throw new TooManyRequests(req, `Too many failed logins from your address. Try again in ${Math.ceil(wait / 60)} minutes.`, wait)
  return args
}

/** A refused login (wrong password, locked account) counts against the address it came from. */
export const countLoginFailure: CollectionAfterErrorHook = ({ error, req }) => {
  const status = (error as { status?: number }).status
  const isLogin = req.url ? new URL(req.url).pathname.endsWith('/login') : false
  const key = isLogin && (status === 401 || status === 403) ? ipKey(req) : null
  if (key) failures.record(key)
}
