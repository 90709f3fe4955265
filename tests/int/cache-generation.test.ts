/**
 * The page cache's database generation (src/lib/pageCache/generation.ts) and how the handler files
 * entries under it (page-cache-handler.mjs). The servers themselves: tests/e2e/cache-database.spec.ts.
 */
import type { Payload } from 'payload'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { namespacedKey } from '../../page-cache-handler.mjs'
import {
  cacheGeneration,
  GENERATION_CHECK_MS,
  generationReader,
  renewCacheGeneration,
} from '@/lib/pageCache/generation'

/** A Payload whose key-value store is a Map, counting its reads. */
function fakePayload() {
  const store = new Map<string, unknown>()
  const kv = {
    reads: 0,
    get: async (key: string) => {
      kv.reads++
      return store.get(key) ?? null
    },
    set: async (key: string, value: unknown) => void store.set(key, value),
  }
  return { kv } as unknown as Payload & { kv: typeof kv }
}

afterEach(() => vi.useRealTimers())

describe('the cache generation', () => {
  it('is made once per database and replaced by a restore', async () => {
    const payload = fakePayload()
    const first = await cacheGeneration(payload)
    expect(await cacheGeneration(payload)).toBe(first)
    expect(await cacheGeneration(fakePayload())).not.toBe(first)
    await renewCacheGeneration(payload)
    expect(await cacheGeneration(payload)).not.toBe(first)
  })

  it('is read again once it is GENERATION_CHECK_MS old, by one query for all waiting requests', async () => {
    vi.useFakeTimers()
    const payload = fakePayload()
    const read = generationReader(async () => payload)
    const [a, b] = await Promise.all([read(), read()])
    expect(a).toBe(b)
    const readsAfterStart = payload.kv.reads
    await renewCacheGeneration(payload)
    expect(await read()).toBe(a)
    expect(payload.kv.reads).toBe(readsAfterStart)
    vi.advanceTimersByTime(GENERATION_CHECK_MS)
    expect(await read()).not.toBe(a)
  })

  it('is unknown while the database does not answer', async () => {
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
