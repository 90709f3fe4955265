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

/** "<unix seconds>.<signature>": when the comment form was handed out. */
export const formToken = (secret: string, now = Date.now()) => {
  const issued = String(Math.floor(now / 1000))
  return `${issued}.${sign(`form:${issued}`, secret)}`
}

/** Seconds since a valid form token was issued, or null for a missing or forged one. */
export function formAge(token: string | null | undefined, secret: string, now = Date.now()): number | null {
  const [issued, signature] = (token ?? '').split('.')
  if (!issued || !/^\d+$/.test(issued) || !verify(`form:${issued}`, signature, secret)) return null
  return Math.floor(now / 1000) - Number(issued)
}
