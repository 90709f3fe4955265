/**
 * `npm start`: the production server, `next start` in all but three things, all before Next.js sees
 * a request: the address of the connection it came on is recorded (src/lib/connectionAddress.mjs),
 * so that per-address limits count what a client cannot choose (src/lib/requestIp.ts); a page
 * Next has already served from its page cache is answered again from memory
 * (src/lib/pageCache/frontCache.mjs); and an old address's cached 301 gets the request's query
 * string (src/lib/redirects/keepQuery.mjs). This is Next.js's documented custom-server API; routing,
 * rendering, caching decisions and headers are Next's own.
 *
 *   node server.mjs [-p PORT] [-H HOSTNAME]     (defaults: $PORT or 3000, all interfaces)
 */
import http from 'node:http'

import next from 'next'

import { parseTrustedProxies, recordConnectionAddress } from './src/lib/connectionAddress.mjs'
import { createFrontCache } from './src/lib/pageCache/frontCache.mjs'
import { KEPT_PATHS } from './src/lib/pageCache/keep.mjs'
import { keepQueryOnRedirect } from './src/lib/redirects/keepQuery.mjs'

function option(short, long) {
  const index = process.argv.findIndex((arg) => arg === short || arg === long)
  return index === -1 ? undefined : process.argv[index + 1]
}

// A TRUSTED_PROXIES it cannot read stops the server here, not at its first request.
parseTrustedProxies(process.env.TRUSTED_PROXIES)

const port = Number(option('-p', '--port') ?? process.env.PORT ?? 3000)
const hostname = option('-H', '--hostname')

// What `next start` records too: the app's own address, where Next.js forwards a server action
// that another worker of this server must answer.
const ownHost =
  !hostname || hostname === '0.0.0.0' || hostname === '::'
    ? '127.0.0.1'
    : hostname.includes(':')
      ? `[${hostname}]`
      : hostname
process.env.__NEXT_PRIVATE_ORIGIN ??= `http://${ownHost}:${port}`

const app = next({ dev: false, hostname: hostname ?? 'localhost', port })
await app.prepare()
const handle = app.getRequestHandler()

const frontCache = createFrontCache()
/** Search answers, each kept until the next change readers see, in a budget of their own. */
const searchCache = createFrontCache({ maxBytes: 16 * 1024 * 1024, perRequest: true })

const server = http.createServer((req, res) => {
  recordConnectionAddress(req)
  keepQueryOnRedirect(req, res)
  ;(KEPT_PATHS.test(req.url ?? '') ? searchCache : frontCache)
    .serve(req, res)
    .then((served) => served || handle(req, res))
    .catch((error) => {
      console.error(error)
      if (!res.headersSent) res.writeHead(500)
      res.end()
    })
})

// A proxy in front (nginx, a cloud load balancer) keeps idle connections open to reuse them. If
// this server closed one first (Node's default: after 5 s idle), a request the proxy sends on it
// just then is lost; the proxy may not resend a POST (a comment, a manuscript), so the reader
// gets a 502, and the proxy counts the failure against this instance. So the proxy must always be
// the one to close: idle connections are kept here longer than proxies keep them
// (deploy/several-instances/thinktank.conf sets nginx's keepalive_timeout below this).
server.keepAliveTimeout = 75_000

// Stop taking connections, let the requests under way finish, then leave (systemd, Docker).
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    server.close(() => app.close().finally(() => process.exit(0)))
    server.closeIdleConnections()
  })
}

server.listen(port, hostname, () =>
  console.info(`> Ready on http://${hostname ?? 'localhost'}:${port}`),
)
