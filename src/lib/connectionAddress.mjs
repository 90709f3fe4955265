/**
 * The one fact about a request that its sender cannot choose: the address of the TCP connection it
 * came on. Next.js does not hand it to route handlers, and the X-Forwarded-For it fills in is kept
 * as the client sent it when there is one, so our own HTTP server (server.mjs, and the test
 * servers) records it in a header of its own, after removing any copy a client sent.
 * Plain JavaScript so that server.mjs can load it without a TypeScript loader.
 */
export const CONNECTION_ADDRESS_HEADER = 'x-thinktank-connection-address'

/** @param {import('node:http').IncomingMessage} req */
export function recordConnectionAddress(req) {
  // Node joins repeated unknown headers into one value and keeps the originals in rawHeaders:
  // replace the one, drop the others, so no layer below can ever see the client's version.
  const raw = []
  for (let index = 0; index < req.rawHeaders.length; index += 2) {
    if (req.rawHeaders[index].toLowerCase() !== CONNECTION_ADDRESS_HEADER) raw.push(req.rawHeaders[index], req.rawHeaders[index + 1])
  }
  const address = req.socket.remoteAddress ?? ''
  raw.push(CONNECTION_ADDRESS_HEADER, address)
  req.rawHeaders = raw
  req.headers[CONNECTION_ADDRESS_HEADER] = address
}
