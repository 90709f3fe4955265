import type { Payload } from 'payload'

import { claim, forgetClaims } from '@/lib/claims'

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
