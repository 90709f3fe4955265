/** A limit: at most `max` attempts per key in a sliding window of `windowSeconds`. */
export type AttemptLimiter = { name: string; max: number; windowSeconds: number }

/**
 * Names a limit. Its counts live in the database's `attempts` ledger (src/lib/limits/attempts.ts),
 * so that every server sharing the database counts together.
 */
export const attemptLimiter = (
  name: string,
  { max, windowSeconds }: { max: number; windowSeconds: number },
): AttemptLimiter => ({ name, max, windowSeconds })
