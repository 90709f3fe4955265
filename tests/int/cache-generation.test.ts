/**
 * The page cache's generation (src/lib/pageCache/generation.ts), on this file's real database: made
 * once per database, renewed by every change readers can see (which is how a change made through one
 * instance reaches the others) and by a restore, written in the change's own transaction, and read
 * by each process at most every GENERATION_CHECK_MS. How the handler files entries under it:
 * page-cache-handler.mjs; the servers themselves: tests/e2e/cache-database.spec.ts and
 * tests/e2e/several-instances.spec.ts.
 */
import { commitTransaction, createLocalReq, initTransaction, type Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { namespacedKey } from '../../page-cache-handler.mjs'
import { parseDatabaseUri } from '@/lib/database'
import {
  cacheGeneration,
  GENERATION_CHECK_MS,
  generationReader,
  renewCacheGeneration,
} from '@/lib/pageCache/generation'

import { createArticle, createComment, type World } from '../helpers/fixtures'
import type { TestApp } from '../helpers/testApp'
import { startWorld } from '../helpers/world'

let app: TestApp
let payload: Payload
let world: World
beforeAll(async () => {
  ;({ app, payload, world } = await startWorld())
}, 120_000)
afterAll(async () => app?.close())
afterEach(() => vi.useRealTimers())

/** Whether `change` leaves this database under a new generation. */
async function renews(change: () => Promise<unknown>): Promise<boolean> {
  const before = await cacheGeneration(payload)
  await change()
  return (await cacheGeneration(payload)) !== before
}

describe('the cache generation', () => {
  it('is made once per database and kept while nothing changes', async () => {
    const first = await cacheGeneration(payload)
    expect(first).toMatch(/^[0-9a-f-]{36}$/)
    expect(await cacheGeneration(payload)).toBe(first)
  })

  it('is renewed by a restore', async () => {
    expect(await renews(() => renewCacheGeneration(payload))).toBe(true)
  })

  it('is renewed by every change readers can see, and by nothing they cannot', async () => {
    const author = world.ownAuthor.id
    const draft = await createArticle(payload, [author], 'draft')
    expect(await renews(() => createArticle(payload, [author], 'draft')), 'a draft').toBe(false)
    expect(
      await renews(() =>
        payload.update({ collection: 'articles', id: draft.id, data: { _status: 'published' } }),
      ),
      'a publish',
    ).toBe(true)
    const pending = await createComment(payload, draft.id, 'pending')
    expect(
      await renews(() =>
        payload.update({ collection: 'comments', id: pending.id, data: { status: 'approved' } }),
      ),
      'a comment approved',
    ).toBe(true)
    expect(
      await renews(() =>
        payload.update({ collection: 'authors', id: author, data: { headline: 'Senior fellow' } }),
      ),
      'an author',
    ).toBe(true)
    expect(
      await renews(() =>
        payload.updateGlobal({ slug: 'site-settings', data: { siteName: 'Renamed Institute' } }),
      ),
      'the site settings',
    ).toBe(true)
    // A draft saved after publishing leaves the live article as it is; unpublishing it then takes
    // the live one away (Payload's previousDoc is the draft by then, not the live document).
    expect(
      await renews(() =>
        payload.update({
          collection: 'articles',
          id: draft.id,
          draft: true,
          data: { title: 'A draft of a change' },
        }),
      ),
      'a draft saved on a live article',
    ).toBe(false)
    expect(
      await renews(() =>
        payload.update({ collection: 'articles', id: draft.id, data: { _status: 'draft' } }),
      ),
      'an unpublish',
    ).toBe(true)
    expect(
      await renews(() =>
        payload.update({
          collection: 'articles',
          id: draft.id,
          draft: true,
          data: { title: 'Again' },
        }),
      ),
      'a draft saved on an unpublished article',
    ).toBe(false)
  })

  // SQLite runs without transactions here (src/lib/database/sqlite.ts), and as one instance.
  it.skipIf(parseDatabaseUri(process.env.DATABASE_URI).engine === 'sqlite')(
    'is written in the change’s own transaction: nobody reads it before the change commits',
    async () => {
      const before = await cacheGeneration(payload)
      const req = await createLocalReq({}, payload)
      expect(await initTransaction(req)).toBe(true)
      await renewCacheGeneration(payload, req)
      expect(await cacheGeneration(payload), 'read outside the transaction').toBe(before)
      await commitTransaction(req)
      expect(await cacheGeneration(payload)).not.toBe(before)
    },
  )
})

describe('a process reads the generation', () => {
  it('again once it is GENERATION_CHECK_MS old, by one query for all waiting requests', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const reads = vi.spyOn(payload.kv, 'get')
    const read = generationReader(async () => payload)
    const [a, b] = await Promise.all([read(), read()])
    expect(a).toBe(b)
    expect(reads).toHaveBeenCalledTimes(1)
    await renewCacheGeneration(payload)
    expect(await read()).toBe(a)
    expect(reads).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(GENERATION_CHECK_MS)
    expect(await read()).not.toBe(a)
    reads.mockRestore()
  })

  it('as unknown while the database does not answer', async () => {
    const read = generationReader(() => Promise.reject(new Error('connection refused')))
    expect(await read()).toBeUndefined()
  })
})

describe('the page cache handler', () => {
  it('files every entry under the generation', () => {
    expect(namespacedKey('/route-cache/APP_PAGE/abc/$/en/articles', 'g1')).toBe(
      '/route-cache/g1/APP_PAGE/abc/$/en/articles',
    )
    expect(namespacedKey('0f3a9c', 'g1')).toBe('g1/0f3a9c')
  })
})
