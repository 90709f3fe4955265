import crypto from 'node:crypto'
import net from 'node:net'

import { CONNECTION_ADDRESS_HEADER } from './connectionAddress.mjs'

/**
 * Which hops in front of the server may speak for the client, from TRUSTED_PROXIES:
 * - unset or empty: none. The connection's own address is the client's; any X-Forwarded-For or
 *   X-Real-IP a client sends is ignored (the README's plain `npm start`).
 * - a number N: exactly N proxies of ours stand in front (nginx on this machine: 1).
 * - addresses and CIDR ranges, comma-separated (`127.0.0.1, 10.0.0.0/8`, also `loopback`): every
 *   hop from one of them is ours, whatever their number.
 */
type TrustedProxies = { hops: number } | { list: net.BlockList }

const parsed = new Map<string, TrustedProxies>()

function trustedProxies(setting = process.env.TRUSTED_PROXIES?.trim() ?? ''): TrustedProxies {
  const known = parsed.get(setting)
  if (known) return known
  let trusted: TrustedProxies
  if (/^\d+$/.test(setting)) trusted = { hops: Number(setting) }
  else {
    const list = new net.BlockList()
    for (const entry of setting.split(',').map((item) => item.trim()).filter(Boolean)) {
      if (entry === 'loopback') {
        list.addSubnet('127.0.0.0', 8, 'ipv4')
        list.addAddress('::1', 'ipv6')
        continue
      }
      const [address, bits] = entry.split('/')
      const family = net.isIPv6(address) ? 'ipv6' : net.isIPv4(address) ? 'ipv4' : null
      if (!family || (bits !== undefined && !/^\d+$/.test(bits))) {
        throw new Error(`TRUSTED_PROXIES: "${entry}" is not an address, a CIDR range, "loopback" or a number of hops`)
      }
      if (bits === undefined) list.addAddress(address, family)
      else list.addSubnet(address, Number(bits), family)
    }
    trusted = { list }
  }
  parsed.set(setting, trusted)
  return trusted
}

/** "::ffff:203.0.113.9" (an IPv4 client on a dual-stack socket) is 203.0.113.9. */
const plainAddress = (address: string) => address.trim().replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, '$1')

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
  const hops = [
    ...(headers.get('x-forwarded-for') ?? '').split(','),
    connection,
  ]
    .map(plainAddress)
    .filter(Boolean)
  const trusted = trustedProxies()
  if ('hops' in trusted) return hops[Math.max(0, hops.length - 1 - trusted.hops)]
  let client = hops.length - 1
  while (client > 0 && isTrusted(hops[client], trusted.list)) client--
  return hops[client]
}

/** Fails at start-up, not at the first request, when TRUSTED_PROXIES cannot be read. */
export const checkTrustedProxies = () => void trustedProxies()

/** IP addresses are personal data: keep only a keyed hash, good for rate limits and spotting repeats. */
export function hashIp(ip: string, secret: string): string {
  return crypto.createHmac('sha256', secret).update(`ip:${ip}`).digest('hex').slice(0, 32)
}
