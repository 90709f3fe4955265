import type { Payload } from 'payload'

import { claim, forgetClaims } from '@/lib/claims'

import { resumeStalledMailings } from '@/lib/newsletter/mailings'

import {
  newsletterHourly,
  releaseAbandonedJobs,
  sweepHourly,
  untouchedDraftsHourly,
} from './housekeeping'

/**
 * One runner per tick, however many instances run the jobs queue. Payload's runner claims due jobs
 * by reading them and then marking them `processing`, two steps another instance can slip
 * between, and a scheduled publish run twice publishes twice and mails twice. So at each tick of
 * the cron (which fires on the same wall-clock second on every instance) the instances race to
 * claim that second (src/lib/claims.ts): exactly one gets it, and only that instance runs the
 * queue. Every instance stays a candidate, so when one is gone the next tick is run by another.
 */
const TICK_PREFIX = 'jobs-runner-tick:'

export async function winsThisTick(payload: Payload, now = Date.now()): Promise<boolean> {
  const tick = `${TICK_PREFIX}${Math.floor(now / 1000)}`
  if (!(await claim(payload, tick))) return false
  // Earlier ticks' claims decide nothing any more.
  await forgetClaims(payload, TICK_PREFIX, tick)
  return true
}

/**
 * Whether this instance runs the queue at this tick. The winner first frees jobs a killed runner
 * left marked, so that this very run retries them, and starts the hourly sweep of orphaned files
 * without waiting for it (it lists the whole store).
 */
export async function runsThisTick(payload: Payload, now = Date.now()): Promise<boolean> {
  if (!(await winsThisTick(payload, now))) return false
  await releaseAbandonedJobs(payload, now).catch((error) =>
    payload.logger.error({ err: error, msg: 'Could not release abandoned jobs' }),
  )
  void sweepHourly(payload, now).catch((error) =>
    payload.logger.error({ err: error, msg: 'Could not sweep orphaned uploads' }),
  )
  // Before this run, so that a resumed mailing's sender is among the jobs it runs.
  await newsletterHourly(payload, now).catch((error) =>
    payload.logger.error({ err: error, msg: 'Could not run the newsletter chores' }),
  )
  await resumeStalledMailings(payload, now).catch((error) =>
    payload.logger.error({ err: error, msg: 'Could not resume stalled mailings' }),
  )
  void untouchedDraftsHourly(payload, now).catch((error) =>
    payload.logger.error({ err: error, msg: 'Could not delete untouched drafts' }),
  )
  return true
}
