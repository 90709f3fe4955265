export type AttemptLimiter = {
  /** Seconds until `key` may try again, or 0 when it is under the limit. */
  retryAfter(key: string, now?: number): number
  record(key: string, now?: number): void
  /** Takes back the latest event of `key`: an attempt recorded up front that should not count. */
  forgive(key: string): void
}

/**
 * Counts events per key (an IP address hash) in a sliding time window, in this process's memory.
 * Enough for one server; several servers each keep their own count, which only makes the limit
 * proportionally looser, never wrong. The counts live on `globalThis` under the limiter's name:
 * Next.js may load a module twice (a route's bundle and the Payload config's), and both copies
 * must count together.
 */
export function attemptLimiter(
  name: string,
  { max, windowSeconds }: { max: number; windowSeconds: number },
): AttemptLimiter {
  const windowMs = windowSeconds * 1000
  const shared = globalThis as { [key: symbol]: Map<string, number[]> | undefined }
  const slot = Symbol.for(`thinktank.attemptLimiter.${name}`)
  const events = (shared[slot] ??= new Map<string, number[]>())
  const recent = (key: string, now: number) =>
    (events.get(key) ?? []).filter((time) => now - time < windowMs)

  return {
    retryAfter(key: string, now = Date.now()): number {
      const times = recent(key, now)
      return times.length >= max ? Math.max(1, Math.ceil((times[0] + windowMs - now) / 1000)) : 0
    },
    record(key: string, now = Date.now()): void {
      // Forget keys that went quiet, so the map cannot grow without bound.
      if (events.size > 10_000)
        for (const [stale] of [...events].filter(([other]) => !recent(other, now).length))
          events.delete(stale)
      events.set(key, [...recent(key, now), now])
    },
    forgive(key: string): void {
      events.set(key, (events.get(key) ?? []).slice(0, -1))
    },
  }
}
