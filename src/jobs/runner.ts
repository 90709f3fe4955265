import type { Payload } from 'payload'

/**
 * One runner per tick, however many instances run the jobs queue. Payload's runner claims due jobs
 * by reading them and then marking them `processing`, two steps another instance can slip
 * between, and a scheduled publish run twice publishes twice and mails twice. So at each tick of
 * the cron (which fires on the same wall-clock second on every instance) the instances race to
 * store one key for that second in Payload's key-value collection, whose key is unique: the
 * database lets exactly one insert through, and only that instance runs the queue. Every instance
 * stays a candidate, so when one is gone the next tick is run by another.
 */
const KV = 'payload-kv'
const TICK_PREFIX = 'jobs-runner-tick:'

export async function winsThisTick(payload: Payload, now = Date.now()): Promise<boolean> {
  const key = `${TICK_PREFIX}${Math.floor(now / 1000)}`
  try {
    // Outside any transaction (no request here), so that the key is final before any job runs.
    await payload.db.create({
      collection: KV,
      data: { key, data: { at: new Date(now).toISOString() } },
      req: {},
      returning: false,
    })
  } catch {
    // The key exists: another instance runs this tick (or the database is away, and nobody does).
    return false
  }
  // Earlier ticks' keys decide nothing any more.
  await payload.db
    .deleteMany({
      collection: KV,
      req: {},
      where: { and: [{ key: { like: TICK_PREFIX } }, { key: { not_equals: key } }] },
    })
    .catch(() => undefined)
  return true
}
