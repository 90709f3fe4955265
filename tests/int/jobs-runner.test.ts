/**
 * One jobs runner per tick on a database, however many instances ask (src/jobs/runner.ts), on
 * this file's real database. With two server processes and a scheduled publish:
 * tests/e2e/several-instances.spec.ts.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ABANDONED_AFTER_MS, releaseAbandonedJobs } from '@/jobs/housekeeping'
import { winsThisTick } from '@/jobs/runner'

import { createArticle, createAuthor, createStaff } from '../helpers/fixtures'
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

describe('a job whose runner was killed half-way', () => {
  it('is released after ABANDONED_AFTER_MS and then run, not left marked for good', async () => {
    const author = await createAuthor(payload)
    const { user: editor } = await createStaff(payload, 'editor')
    const draft = await createArticle(payload, [author.id], 'draft')
    const job = await payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        doc: { relationTo: 'articles', value: draft.id },
        user: { relationTo: 'users', value: editor.id },
      },
      waitUntil: new Date(Date.now() - 1000),
    })
    // What a runner SIGKILLed after taking the job leaves behind: the mark, and nothing done.
    const takenAt = Date.now()
    await payload.db.updateJobs({
      id: job.id,
      data: { processing: true, updatedAt: new Date(takenAt).toISOString() },
    })
    const status = async () =>
      (await payload.findByID({ collection: 'articles', id: draft.id }))._status
    await payload.jobs.run({ queue: 'default' })
    expect(await status(), 'Payload never runs a marked job').toBe('draft')

    expect(await releaseAbandonedJobs(payload, takenAt + 60_000), 'still young').toBe(0)
    expect(await releaseAbandonedJobs(payload, takenAt + ABANDONED_AFTER_MS + 1_000)).toBe(1)
    await payload.jobs.run({ queue: 'default' })
    expect(await status()).toBe('published')
    // Payload deletes a job once it has completed.
    const left = await payload.count({
      collection: 'payload-jobs',
      where: { id: { equals: job.id } },
    })
    expect(left.totalDocs).toBe(0)
    expect(await releaseAbandonedJobs(payload, Date.now() + ABANDONED_AFTER_MS * 2)).toBe(0)
  })
})
