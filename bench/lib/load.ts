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
  comment?: { articleId: number }
}

export function measure(spec: LoadSpec): LoadResult {
  const output = capture('taskset', ['-c', LOAD_CPU, 'node', 'bench/load/worker.mjs', JSON.stringify(spec)])
  return JSON.parse(output) as LoadResult
}
