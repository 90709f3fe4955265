import crypto from 'node:crypto'

import type { PayloadRequest } from 'payload'

import { clientIp, hashIp } from '@/lib/requestIp'

/** The sender's address as a key, or null for a server-side call, which has none (no address limit applies). */
export function senderKey(req: PayloadRequest): string | null {
  const address = req.headers ? clientIp(req.headers) : null
  return address ? hashIp(address, req.payload.secret) : null
}

/**
 * An e-mail address as a key, whatever its case: a keyed hash, as for addresses (personal data).
 * Anything but text keys as no address: validation refuses it later, it must not crash the key first.
 */
export const emailKey = (req: PayloadRequest, purpose: 'account' | 'email', email: unknown) =>
  crypto
    .createHmac('sha256', req.payload.secret)
    .update(`${purpose}:${typeof email === 'string' ? email.trim().toLowerCase() : ''}`)
    .digest('hex')
    .slice(0, 32)
