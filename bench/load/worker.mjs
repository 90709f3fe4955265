/**
 * One autocannon measurement, run by bench/lib/load.ts under `taskset -c 1` so the load generator
 * never shares a core with the server. Argument: a JSON spec; prints a JSON summary on stdout.
 *
 *   { url, connections, seconds, warmupSeconds, amount?, warmupAmount?, timeoutSeconds?,
 *     comment?: { articleId }, paths?: string[], uniqueTag?: string }
 *
 * With `amount`, a fixed number of requests instead of a duration: for pages so slow that a time
 * window would hold none (a p50 needs answers); the warm-up then sends `warmupAmount` requests
 * (none without it).
 *
 * With `paths`, the requests go to those paths on `url`'s server in turn, the next one for every
 * request whichever connection sends it (with one connection: exactly in the list's order). With
 * `uniqueTag` too, every request's address gets `&n=<uniqueTag><counter>` (the counter starts at 0
 * for the measured run, the warm-up uses `<uniqueTag>w`): a parameter the site ignores, but a new
 * address for server.mjs's front cache, so nothing is answered from memory. Two runs with the
 * same tag and one connection send the same addresses (the second is answered from memory).
 * `cacheHits` counts the answers with `x-thinktank-cache: HIT` (kept by the front cache).
 */
import crypto from 'node:crypto'

import autocannon from 'autocannon'

const spec = JSON.parse(process.argv[2])

/**
 * Readers' comments through REST: every request from a new address and e-mail, so the 15-second
 * flood limit (per IP hash and per e-mail) does not turn the measurement into a 429 test.
 * The 429s that remain are the limit's own doing (it must not count distinct senders).
 */
function commentRequests(articleId) {
  // A random start among 2^24 addresses: consecutive runs must not reuse an address within 15 s.
  let sequence = crypto.randomInt(2 ** 24 - 1_000_000)
  return [
    {
      method: 'POST',
      path: '/api/comments',
      setupRequest: (request) => {
        sequence++
        const ip = `10.${(sequence >> 16) & 255}.${(sequence >> 8) & 255}.${sequence & 255}`
        return {
          ...request,
          headers: {
            ...request.headers,
            'content-type': 'application/json',
            'x-forwarded-for': ip,
          },
          body: JSON.stringify({
            article: articleId,
            authorName: `Load reader ${sequence}`,
            authorEmail: `load${sequence}-${process.pid}@bench.example`,
            body: `Load comment ${sequence} from process ${process.pid}: corridors, coalitions and regional security.`,
          }),
        }
      },
    },
  ]
}

let cacheHits = 0
/** Whether an answer came from the front cache (headers as autocannon gives them: names as sent). */
const fromCache = (headers) =>
  Object.entries(headers ?? {}).some(
    ([name, value]) => name.toLowerCase() === 'x-thinktank-cache' && String(value) === 'HIT',
  )

/** GETs rotating over `paths`, each made unique with `tag` when there is one. */
function rotatingRequests(paths, tag) {
  let counter = 0
  return [
    {
      method: 'GET',
      setupRequest: (request) => {
        const path = paths[counter % paths.length]
        const suffix =
          tag === undefined ? '' : `${path.includes('?') ? '&' : '?'}n=${tag}${counter}`
        counter++
        return { ...request, path: `${path}${suffix}` }
      },
      onResponse: (_status, _body, _context, headers) => {
        if (fromCache(headers)) cacheHits++
      },
    },
  ]
}

const options = (seconds, warmup) => ({
  url: spec.url,
  connections: spec.connections,
  ...(spec.amount ? { amount: warmup ? spec.warmupAmount : spec.amount } : { duration: seconds }),
  timeout: spec.timeoutSeconds ?? 10,
  ...(spec.comment ? { requests: commentRequests(spec.comment.articleId) } : {}),
  ...(spec.paths
    ? {
        requests: rotatingRequests(
          spec.paths,
          spec.uniqueTag === undefined ? undefined : `${spec.uniqueTag}${warmup ? 'w' : ''}`,
        ),
      }
    : {}),
})

const warmup = spec.amount ? spec.warmupAmount > 0 : spec.warmupSeconds > 0
if (warmup && !spec.comment) await autocannon(options(spec.warmupSeconds, true))
cacheHits = 0
const result = await autocannon(options(spec.seconds, false))
const statusCodes = Object.fromEntries(
  Object.entries(result.statusCodeStats ?? {}).map(([code, { count }]) => [code, count]),
)
process.stdout.write(
  JSON.stringify({
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    statusCodes,
    ...(spec.paths ? { cacheHits } : {}),
    bytesPerRequest: result.requests.total
      ? Math.round(result.throughput.total / result.requests.total)
      : 0,
  }),
)
