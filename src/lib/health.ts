import { pingDatabase } from '@/lib/database'
import { getPayloadClient } from '@/lib/payload'
import { pingStorage } from '@/lib/storage'

/**
 * How long the database and the file store may each take to answer a health check. A load
 * balancer asks every few seconds and must take an instance whose database or store hangs out of
 * rotation, not wait on it.
 */
export const HEALTH_TIMEOUT_MS = 2_000

const timeout = (ms: number) =>
  new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref(),
  )

async function answers(part: string, check: () => Promise<unknown>): Promise<boolean> {
  try {
    await Promise.race([check(), timeout(HEALTH_TIMEOUT_MS)])
    return true
  } catch (error) {
    console.error(`[health] the ${part} does not answer:`, (error as Error).message)
    return false
  }
}

/**
 * Whether this instance can serve readers and take their uploads: its database answers a trivial
 * query and its file store (the bucket, or UPLOAD_DIR) answers too; no document is read, nothing
 * is rendered. Why not is logged for the operator, never told to the caller.
 */
export async function instanceHealthy(): Promise<boolean> {
  const parts = await Promise.all([
    answers('database', () => getPayloadClient().then(pingDatabase)),
    answers('file store', pingStorage),
  ])
  return parts.every(Boolean)
}
