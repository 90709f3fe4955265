/**
 * page-cache-handler.mjs on Next.js's own file-system cache (an internal class it extends: these
 * tests fail if an upgrade changes what it relies on). Entries are kept under the database's
 * generation (cache-generation.test.ts has the rest of that), and a server error is never kept.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import GenerationPageCache from '../../page-cache-handler.mjs'
import { provideCacheNamespace } from '@/lib/pageCache/namespace.mjs'

const GENERATION = '00000000-0000-4000-8000-000000000017'
const routeEntry = (status: number) => ({
  kind: 'APP_ROUTE',
  status,
  body: Buffer.from(`<!DOCTYPE html><p>answered ${status}</p>`),
  headers: { 'content-type': 'text/html; charset=utf-8' },
})
const ROUTE = { kind: 'APP_ROUTE', isFallback: false }

/** The part of Next's cache-handler interface used here (the handler is plain JavaScript over an untyped base). */
type Entry = { value: { kind: string; status: number; body: Buffer } }
type PageCache = {
  get(key: string, ctx: object): Promise<Entry | null>
  set(key: string, data: object, ctx: object): Promise<void>
}
const PageCacheClass = GenerationPageCache as unknown as new (ctx: object) => PageCache
const KEPT = { cacheControl: { revalidate: false }, isFallback: false }

describe('the page cache', () => {
  let folder: string
  let cache: PageCache

  beforeAll(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'thinktank-page-cache-'))
    provideCacheNamespace(async () => GENERATION)
    cache = new PageCacheClass({
      fs: {
        readFile: (file: string) => fs.promises.readFile(file),
        writeFile: (file: string, data: Buffer | string) => fs.promises.writeFile(file, data),
        mkdir: (dir: string) => fs.promises.mkdir(dir, { recursive: true }),
        stat: (file: string) => fs.promises.stat(file),
      },
      flushToDisk: true,
      serverDistDir: folder,
      revalidatedTags: [],
      maxMemoryCacheSize: 10_000_000,
    })
  })
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }))

  it('keeps a reading page as the bytes it was answered with, under the generation', async () => {
    await cache.set('/en/articles/kept', routeEntry(200), KEPT)
    const entry = await cache.get('/en/articles/kept', ROUTE)
    expect(entry?.value).toMatchObject({ kind: 'APP_ROUTE', status: 200 })
    expect(Buffer.from(entry!.value.body).toString()).toContain('answered 200')
    // A 404 page is kept too: a flood of made-up addresses costs one render each.
    await cache.set('/en/articles/missing', routeEntry(404), KEPT)
    expect((await cache.get('/en/articles/missing', ROUTE))?.value.status).toBe(404)
  })

  it('never keeps a server error: the next visit renders the page again', async () => {
    await cache.set('/en/articles/failed', routeEntry(500), KEPT)
    await cache.set('/en/articles/unavailable', routeEntry(503), KEPT)
    expect(await cache.get('/en/articles/failed', ROUTE)).toBeNull()
    expect(await cache.get('/en/articles/unavailable', ROUTE)).toBeNull()
  })

  it('neither serves nor keeps anything while the database cannot name its generation', async () => {
    provideCacheNamespace(async () => undefined)
    expect(await cache.get('/en/articles/kept', ROUTE)).toBeNull()
    await cache.set('/en/articles/later', routeEntry(200), KEPT)
    provideCacheNamespace(async () => GENERATION)
    expect(await cache.get('/en/articles/later', ROUTE)).toBeNull()
    expect((await cache.get('/en/articles/kept', ROUTE))?.value.status).toBe(200)
  })
})
