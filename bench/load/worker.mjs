/**
 * One autocannon measurement, run by bench/lib/load.ts under `taskset -c 1` so the load generator
 * never shares a core with the server. Argument: a JSON spec; prints a JSON summary on stdout.
 *
 *   { url, connections, seconds, warmupSeconds, amount?, timeoutSeconds?, comment?: { articleId } }
 *
 * With `amount`, a fixed number of requests instead of a duration: for pages so slow that a time
 * window would hold none (a p50 needs answers).
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

const options = (seconds) => ({
  url: spec.url,
  connections: spec.connections,
  ...(spec.amount ? { amount: spec.amount } : { duration: seconds }),
  timeout: spec.timeoutSeconds ?? 10,
  ...(spec.comment ? { requests: commentRequests(spec.comment.articleId) } : {}),
})

if (spec.warmupSeconds > 0 && !spec.comment) await autocannon(options(spec.warmupSeconds))
const result = await autocannon(options(spec.seconds))
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
    bytesPerRequest: result.requests.total
      ? Math.round(result.throughput.total / result.requests.total)
      : 0,
  }),
)
