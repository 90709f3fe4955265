/** Load runs: autocannon (bench/load/worker.mjs) pinned to the load core. */
import { execFile } from 'node:child_process'

import { capture, commandsRun, LOAD_CPU, ROOT } from './context'

export type LoadResult = {
  requestsPerSecond: number
  p50: number
  p99: number
  requests: number
  non2xx: number
  errors: number
  timeouts: number
  statusCodes: Record<string, number>
  /** With `paths`: the answers server.mjs's front cache gave from memory (`x-thinktank-cache: HIT`). */
  cacheHits?: number
  bytesPerRequest: number
}

export type LoadSpec = {
  url: string
  connections: number
  seconds: number
  warmupSeconds: number
  /** A fixed number of requests instead of `seconds`. */
  amount?: number
  /** With `amount`: the warm-up's number of requests (none without it; `warmupSeconds` is then unused). */
  warmupAmount?: number
  timeoutSeconds?: number
  /**
   * Paths (with their query) on `url`'s server, requested in turn whichever connection sends;
   * `url` is then only the server.
   */
  paths?: string[]
  /**
   * With `paths`: every request's address gets `&n=<uniqueTag><counter>`, a parameter the site
   * ignores, so that the front cache never has the answer (the real cost of the page). The same
   * tag at one connection gives the same addresses again (answered from memory).
   */
  uniqueTag?: string
  /** The article's id as the API gave it (opaque: a number on SQLite, a uuid on PostgreSQL). */
  comment?: { articleId: string | number }
}

const workerArgs = (spec: LoadSpec) => [
  '-c',
  LOAD_CPU,
  'node',
  'bench/load/worker.mjs',
  JSON.stringify(spec),
]

/** The command as RESULTS.md lists it: a long list of paths named, not copied (the report lists them). */
const printable = (spec: LoadSpec) =>
  [
    'taskset',
    ...workerArgs(
      spec.paths && spec.paths.length > 3
        ? ({
            ...spec,
            paths: `<the ${spec.paths.length} paths of bench/setup/searchQueries.ts>`,
          } as unknown as LoadSpec)
        : spec,
    ),
  ].join(' ')

export function measure(spec: LoadSpec): LoadResult {
  return JSON.parse(
    capture('taskset', workerArgs(spec), process.env, printable(spec)),
  ) as LoadResult
}

/**
 * measure() without blocking: several run at once (each its own autocannon process, all pinned to
 * the load core), e.g. one page's latency while another page is under load.
 */
export function measureAsync(spec: LoadSpec): Promise<LoadResult> {
  const args = workerArgs(spec)
  commandsRun.push(printable(spec))
  return new Promise((resolve, reject) => {
    const child = execFile(
      'taskset',
      args,
      { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout) => {
        if (error) reject(error)
        else resolve(JSON.parse(stdout) as LoadResult)
      },
    )
    child.stderr?.pipe(process.stderr)
  })
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
