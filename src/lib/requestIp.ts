import crypto from 'node:crypto'

/**
 * The client address as the proxy in front of us reports it (Next.js does not expose the socket
 * address). Behind nginx that is X-Real-IP, which the proxy must overwrite; X-Forwarded-For's
 * first hop is the fallback. Null when neither is there: then no IP rule applies.
 */
export function clientIp(headers: Headers): string | null {
  const realIp = headers.get('x-real-ip')?.trim()
  if (realIp) return realIp
  return headers.get('x-forwarded-for')?.split(',')[0]?.trim() || null
}

/** IP addresses are personal data: keep only a keyed hash, good for rate limits and spotting repeats. */
export function hashIp(ip: string, secret: string): string {
  return crypto.createHmac('sha256', secret).update(`ip:${ip}`).digest('hex').slice(0, 32)
}
