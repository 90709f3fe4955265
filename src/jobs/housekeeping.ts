import type { Payload } from 'payload'

import { deleteUntouchedDrafts } from '@/collections/Articles/untouchedDrafts'
import { claim, forgetClaims } from '@/lib/claims'
import { queueDueDigest } from '@/lib/newsletter/mailings'
import { expireRequests } from '@/lib/newsletter/subscriptions'
import { sweepOrphanFiles } from '@/lib/storage/sweep'

/**
 * What the instance that runs a tick (runner.ts) also looks after, because a process can be killed
 * half-way through something and no one else would ever finish or clear it.
 */

/**
 * Payload marks a job `processing` when a runner takes it and clears the mark when the run ends;
 * a runner killed in between leaves the mark for good, and Payload never runs a marked job, so
 * the scheduled publish would never happen. Every job here (a publish, an unpublish) takes
 * seconds: one marked for longer than this belongs to a runner that is gone.
 */
export const ABANDONED_AFTER_MS = 5 * 60_000

/** Clears the mark of jobs taken longer ago than ABANDONED_AFTER_MS, so the next run retries them. */
export async function releaseAbandonedJobs(payload: Payload, now = Date.now()): Promise<number> {
  const released = await payload.db.updateJobs({
    where: {
      and: [
        { processing: { equals: true } },
        { completedAt: { exists: false } },
        { updatedAt: { less_than: new Date(now - ABANDONED_AFTER_MS).toISOString() } },
      ],
    },
    data: { processing: false, updatedAt: new Date(now).toISOString() },
  })
  if (released?.length)
    payload.logger.warn(
      `Released ${released.length} job(s) whose runner stopped before finishing: ${released.map((job) => job.id).join(', ')}`,
    )
  return released?.length ?? 0
}

const SWEEP_PREFIX = 'storage-sweep:'

/**
 * Sweeps uploaded files that no record holds (src/lib/storage/sweep.ts), once an hour on one
 * instance: the first runner of each hour claims it.
 */
export async function sweepHourly(payload: Payload, now = Date.now()): Promise<boolean> {
  const hour = `${SWEEP_PREFIX}${Math.floor(now / 3_600_000)}`
  if (!(await claim(payload, hour))) return false
  await forgetClaims(payload, SWEEP_PREFIX, hour)
  await sweepOrphanFiles(payload, now)
  return true
}

const NEWSLETTER_PREFIX = 'newsletter-hour:'

/**
 * The newsletter's hourly chores, on one instance: erase subscription requests nobody confirmed in
 * time, and queue the weekly digest when its hour has come.
 */
export async function newsletterHourly(payload: Payload, now = Date.now()): Promise<boolean> {
  const hour = `${NEWSLETTER_PREFIX}${Math.floor(now / 3_600_000)}`
  if (!(await claim(payload, hour))) return false
  await forgetClaims(payload, NEWSLETTER_PREFIX, hour)
  await expireRequests(payload, now)
  await queueDueDigest(payload, now)
  return true
}

const DRAFTS_PREFIX = 'untouched-drafts:'

/** Deletes the empty drafts that "Create New" left behind (src/collections/Articles/untouchedDrafts.ts), hourly, on one instance. */
export async function untouchedDraftsHourly(payload: Payload, now = Date.now()): Promise<boolean> {
  const hour = `${DRAFTS_PREFIX}${Math.floor(now / 3_600_000)}`
  if (!(await claim(payload, hour))) return false
  await forgetClaims(payload, DRAFTS_PREFIX, hour)
  await deleteUntouchedDrafts(payload, now)
  return true
}
