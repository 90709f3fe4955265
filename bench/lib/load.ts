/** Load runs: autocannon (bench/load/worker.mjs) pinned to the load core. */
import { capture, LOAD_CPU } from './context'

export type LoadResult = {
  requestsPerSecond: number
  p50: number
  p99: number
  requests: number
  non2xx: number
  errors: number
  timeouts: number
  statusCodes: Record<string, number>
  bytesPerRequest: number
}

export type LoadSpec = {
  url: string
  connections: number
  seconds: number
  warmupSeconds: number
  /** A fixed number of requests instead of `seconds`. */
  amount?: number
  timeoutSeconds?: number
  /** The article's id as the API gave it (opaque: a number on SQLite, a uuid on PostgreSQL). */
  comment?: { articleId: string | number }
}

export function measure(spec: LoadSpec): LoadResult {
  const output = capture('taskset', [
    '-c',
    LOAD_CPU,
    'node',
    'bench/load/worker.mjs',
    JSON.stringify(spec),
  ])
  return JSON.parse(output) as LoadResult
}

/**
 * `amount` requests to `url`, one at a time, each right after `refresh()` has made the site drop
 * its cached pages: the render a reader waits for after a content change. (A page served from the
 * cache would time the cache, not the queries behind the page.)
 */
export async function measureFreshRenders(
  url: string,
  refresh: () => Promise<void>,
  amount: number,
): Promise<LoadResult> {
  const times: number[] = []
  const statusCodes: Record<string, number> = {}
  let bytes = 0
  let errors = 0
  for (let n = 0; n < amount; n++) {
    await refresh()
    const started = performance.now()
    try {
      const response = await fetch(url)
      bytes += (await response.arrayBuffer()).byteLength
      statusCodes[response.status] = (statusCodes[response.status] ?? 0) + 1
      times.push(performance.now() - started)
    } catch {
      errors++
    }
  }
  const sorted = [...times].sort((a, b) => a - b)
  const percentile = (share: number) =>
    Math.round(sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? 0)
  const elapsedSeconds = times.reduce((sum, time) => sum + time, 0) / 1000
  return {
    requestsPerSecond: elapsedSeconds ? Math.round(times.length / elapsedSeconds) : 0,
    p50: percentile(0.5),
    p99: percentile(0.99),
    requests: times.length,
    non2xx: Object.entries(statusCodes).reduce(
      (sum, [status, count]) => sum + (status.startsWith('2') ? 0 : count),
      0,
    ),
    errors,
    timeouts: 0,
    statusCodes,
    bytesPerRequest: times.length ? Math.round(bytes / times.length) : 0,
  }
}
