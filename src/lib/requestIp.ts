import crypto from 'node:crypto'
import net from 'node:net'

import { CONNECTION_ADDRESS_HEADER, parseTrustedProxies } from './connectionAddress.mjs'

type TrustedProxies = ReturnType<typeof parseTrustedProxies>

/** Read on every request (tests change it), parsed once per value. */
const parsed = new Map<string, TrustedProxies>()

function trustedProxies(setting = process.env.TRUSTED_PROXIES ?? ''): TrustedProxies {
  const trusted = parsed.get(setting) ?? parseTrustedProxies(setting)
  parsed.set(setting, trusted)
  return trusted
}

/** "::ffff:203.0.113.9" (an IPv4 client on a dual-stack socket) is 203.0.113.9. */
const plainAddress = (address: string) =>
  address.trim().replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, '$1')

const isTrusted = (address: string, list: net.BlockList) => {
  const family = net.isIPv6(address) ? 'ipv6' : net.isIPv4(address) ? 'ipv4' : null
  return family !== null && list.check(address, family)
}

/**
 * The client's address: the connection's (recorded by our own server, see connectionAddress.mjs),
 * or, when that connection is a trusted proxy, the nearest address in X-Forwarded-For that is not
 * one of our proxies. Each proxy appends the address it was connected from, so the right end of
 * the list is what our own proxies saw and the left end is whatever the client chose to send.
 * Null when the request did not come through our server (a server-side call): no IP rule applies.
 */
export function clientIp(headers: Headers): string | null {
  const connection = headers.get(CONNECTION_ADDRESS_HEADER)
  if (!connection) return null
  const hops = [...(headers.get('x-forwarded-for') ?? '').split(','), connection]
    .map(plainAddress)
    .filter(Boolean)
  const trusted = trustedProxies()
  if ('hops' in trusted) return hops[Math.max(0, hops.length - 1 - trusted.hops)]
  let client = hops.length - 1
  while (client > 0 && isTrusted(hops[client], trusted.list)) client--
  return hops[client]
}

/** IP addresses are personal data: keep only a keyed hash, good for rate limits and spotting repeats. */
export function hashIp(ip: string, secret: string): string {
  return crypto.createHmac('sha256', secret).update(`ip:${ip}`).digest('hex').slice(0, 32)
}
