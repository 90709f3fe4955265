import crypto from 'node:crypto'

/** HMAC tokens for links and forms that must not be forgeable (unsubscribe, comment form timing). */
export const sign = (value: string, secret: string) =>
  crypto.createHmac('sha256', secret).update(value).digest('base64url').slice(0, 32)

export function verify(value: string, token: string | null | undefined, secret: string): boolean {
  if (!token) return false
  const expected = Buffer.from(sign(value, secret))
  const given = Buffer.from(token)
  return expected.length === given.length && crypto.timingSafeEqual(expected, given)
}

/** "<unix seconds>.<signature>": when a token for `purpose` was issued (a form handed out, a request sent). */
export const timedToken = (purpose: string, secret: string, now = Date.now()) => {
  const issued = String(Math.floor(now / 1000))
  return `${issued}.${sign(`${purpose}:${issued}`, secret)}`
}

/** Seconds since a valid token for `purpose` was issued, or null for a missing or forged one. */
export function tokenAge(
  purpose: string,
  token: string | null | undefined,
  secret: string,
  now = Date.now(),
): number | null {
  const [issued, signature] = (token ?? '').split('.')
  if (!issued || !/^\d+$/.test(issued) || !verify(`${purpose}:${issued}`, signature, secret))
    return null
  return Math.floor(now / 1000) - Number(issued)
}

/** The comment and submission forms carry one: it proves when the form was handed out. */
export const formToken = (secret: string, now = Date.now()) => timedToken('form', secret, now)
export const formAge = (token: string | null | undefined, secret: string, now = Date.now()) =>
  tokenAge('form', token, secret, now)
