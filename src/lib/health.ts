import { pingDatabase } from '@/lib/database'
import { getPayloadClient } from '@/lib/payload'

/**
 * How long the database may take to answer a health check. A load balancer asks every few seconds
 * and must take an instance whose database hangs out of rotation, not wait on it.
 */
export const HEALTH_TIMEOUT_MS = 2_000

const timeout = (ms: number) =>
  new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref(),
  )

/**
 * Whether this instance can serve readers: its database answers a trivial query (no document is
 * read, nothing is rendered). Why it did not is logged for the operator, never told to the caller.
 */
export async function databaseAnswers(): Promise<boolean> {
  try {
    await Promise.race([getPayloadClient().then(pingDatabase), timeout(HEALTH_TIMEOUT_MS)])
    return true
  } catch (error) {
    console.error('[health] the database does not answer:', (error as Error).message)
    return false
  }
}
