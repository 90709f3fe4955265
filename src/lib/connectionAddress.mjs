/**
 * The one fact about a request that its sender cannot choose: the address of the TCP connection it
 * came on. Next.js does not hand it to route handlers, and the X-Forwarded-For it fills in is kept
 * as the client sent it when there is one, so our own HTTP server (server.mjs, and the test
 * servers) records it in a header of its own, after removing any copy a client sent.
 * Plain JavaScript so that server.mjs can load it without a TypeScript loader.
 */
import net from 'node:net'

export const CONNECTION_ADDRESS_HEADER = 'x-thinktank-connection-address'

/**
 * Which hops in front of the server may speak for the client, from TRUSTED_PROXIES:
 * - unset or empty: none. The connection's own address is the client's; any X-Forwarded-For or
 *   X-Real-IP a client sends is ignored (the README's plain `npm start`).
 * - a number N: exactly N proxies of ours stand in front (nginx on this machine: 1).
 * - addresses and CIDR ranges, comma-separated (`127.0.0.1, 10.0.0.0/8`, also `loopback`): every
 *   hop from one of them is ours, whatever their number.
 * server.mjs reads it once at start-up, so a setting it cannot read stops the server there.
 * @param {string | undefined} setting
 * @returns {{ hops: number } | { list: net.BlockList }}
 */
export function parseTrustedProxies(setting) {
  const text = (setting ?? '').trim()
  if (/^\d+$/.test(text)) return { hops: Number(text) }
  const list = new net.BlockList()
  for (const entry of text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)) {
    if (entry === 'loopback') {
      list.addSubnet('127.0.0.0', 8, 'ipv4')
      list.addAddress('::1', 'ipv6')
      continue
    }
    const [address, bits] = entry.split('/')
    const family = net.isIPv6(address) ? 'ipv6' : net.isIPv4(address) ? 'ipv4' : null
    if (!family || (bits !== undefined && !/^\d+$/.test(bits))) {
      throw new Error(
        `TRUSTED_PROXIES: "${entry}" is not an address, a CIDR range, "loopback" or a number of hops`,
      )
    }
    if (bits === undefined) list.addAddress(address, family)
    else list.addSubnet(address, Number(bits), family)
  }
  return { list }
}

/** @param {import('node:http').IncomingMessage} req */
export function recordConnectionAddress(req) {
  // Node joins repeated unknown headers into one value and keeps the originals in rawHeaders:
  // replace the one, drop the others, so no layer below can ever see the client's version.
  const raw = []
  for (let index = 0; index < req.rawHeaders.length; index += 2) {
    if (req.rawHeaders[index].toLowerCase() !== CONNECTION_ADDRESS_HEADER)
      raw.push(req.rawHeaders[index], req.rawHeaders[index + 1])
  }
  const address = req.socket.remoteAddress ?? ''
  raw.push(CONNECTION_ADDRESS_HEADER, address)
  req.rawHeaders = raw
  req.headers[CONNECTION_ADDRESS_HEADER] = address
}
