/**
 * A burst of form posts larger than the connection pool (docs/reliability.md, section 11): every
 * comment post holds its transaction's connection while the attempts ledger writes, so the ledger
 * runs on connections of its own (src/lib/database/postgres.ts, `bookkeeping`). With it on the
 * request pool, posts as many as the pool once held every connection, each waiting for another,
 * and nothing answered again. PostgreSQL only: SQLite has no pool.
 */
import { afterAll, beforeAll, expect, it } from 'vitest'

import { parseDatabaseUri } from '@/lib/database'

import { uniqueEmail, type World } from '../helpers/fixtures'
import type { TestApp } from '../helpers/testApp'
import { startWorld } from '../helpers/world'

const onPostgres = parseDatabaseUri(process.env.DATABASE_URI).engine === 'postgres'
const POOL = 3
const POSTS = 32

let app: TestApp | undefined
let world: World
beforeAll(async () => {
  if (!onPostgres) return
  // A small pool, so that the burst is ten times its size.
  process.env.DATABASE_POOL_MAX = String(POOL)
  ;({ app, world } = await startWorld())
})
afterAll(async () => {
  delete process.env.DATABASE_POOL_MAX
  await app?.close()
})

it.skipIf(!onPostgres)(
  `${POSTS} comment posts at once on a pool of ${POOL}: every one answered, none with a server error`,
  async () => {
    const statuses = await Promise.all(
      Array.from({ length: POSTS }, async (_, n) => {
        const response = await world.api.post('/api/comments', {
          headers: { 'x-forwarded-for': `198.51.100.${n + 1}` },
          json: {
            article: world.published.id,
            authorName: `Reader ${n}`,
            authorEmail: uniqueEmail(),
            body: `A comment sent in a burst, number ${n}.`,
          },
        })
        return response.status
      }),
    )
    expect(statuses.filter((status) => status >= 500)).toEqual([])
    expect(statuses.filter((status) => status === 201).length).toBeGreaterThan(0)
    // And the server still reads afterwards.
    expect((await world.api.get('/api/topics?limit=1')).status).toBe(200)
  },
  120_000,
)
