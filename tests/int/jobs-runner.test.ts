/**
 * One jobs runner per tick on a database, however many instances ask (src/jobs/runner.ts), on
 * this file's real database. With two server processes and a scheduled publish:
 * tests/e2e/several-instances.spec.ts.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { winsThisTick } from '@/jobs/runner'

import { startTestApp, type TestApp } from '../helpers/testApp'

let app: TestApp
let payload: Payload
beforeAll(async () => {
  app = await startTestApp()
  payload = app.payload
}, 120_000)
afterAll(async () => app?.close())

const tickKeys = async () =>
  (await payload.kv.keys()).filter((key) => key.startsWith('jobs-runner-tick:'))

describe('the jobs runner election', () => {
  it('lets exactly one of many simultaneous candidates run a tick', async () => {
    const tick = Date.parse('2026-12-01T12:00:15.004Z')
    const wins = await Promise.all(
      Array.from({ length: 8 }, (_, candidate) => winsThisTick(payload, tick + candidate)),
    )
    expect(wins.filter(Boolean)).toHaveLength(1)
    expect(await winsThisTick(payload, tick + 900), 'later in the same second').toBe(false)
  })

  it('holds every next tick open to all candidates again, and forgets the earlier ones', async () => {
    const tick = Date.parse('2026-12-01T12:00:30.002Z')
    expect(await winsThisTick(payload, tick)).toBe(true)
    expect(await winsThisTick(payload, tick + 1_000)).toBe(true)
    expect(await tickKeys()).toEqual([`jobs-runner-tick:${Math.floor((tick + 1_000) / 1000)}`])
  })
})
