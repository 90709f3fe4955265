/**
 * A reader during the load: fetches one article page in a loop, one request at a time, and keeps
 * every latency and every answer that was not 200.
 */
export type ProbeResult = {
  requests: number
  p50: number
  p99: number
  max: number
  non200: string[]
}

export function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return NaN
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]
}

export function summarize(latencies: number[], non200: string[]): ProbeResult {
  const sorted = [...latencies].sort((a, b) => a - b)
  return {
    requests: latencies.length,
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
    max: sorted.at(-1) ?? NaN,
    non200,
  }
}

/** Starts the loop; the returned function stops it and resolves to the figures. */
export function probePage(url: string): () => Promise<ProbeResult> {
  const latencies: number[] = []
  const non200: string[] = []
  let running = true
  const loop = (async () => {
    while (running) {
      const started = performance.now()
      const status = await pageStatus(url)
      latencies.push(performance.now() - started)
      if (status !== '200') non200.push(status)
    }
  })()
  return async () => {
    running = false
    await loop
    return summarize(latencies, non200)
  }
}

/** One fetch of the page, body read to the end: its HTTP status, or the error's message. */
export async function pageStatus(url: string): Promise<string> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(30_000) })
    await response.arrayBuffer()
    return String(response.status)
  } catch (error) {
    return (error as Error).message
  }
}
