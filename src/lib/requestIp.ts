import crypto from 'node:crypto'

/**
 * The client address as the trusted proxy in front of us reports it. Behind nginx (deploy/) that
 * is X-Real-IP; X-Forwarded-For's first hop is the fallback.
 */
export function clientIp(headers: Headers): string {
  const realIp = headers.get('x-real-ip')?.trim()
  if (realIp) return realIp
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim()
  return forwarded || 'unknown'
}

/** IP addresses are personal data: keep only a keyed hash, good for rate limits and spotting repeats. */
export function hashIp(ip: string, secret: string): string {
  return crypto.createHmac('sha256', secret).update(`ip:${ip}`).digest('hex').slice(0, 32)
}
