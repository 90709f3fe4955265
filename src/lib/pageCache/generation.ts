/**
 * The page cache's generation: a random id stored in the database itself (Payload's key-value
 * store, the `payload_kv` table every engine already has), made at the first start against a
 * database and replaced by every change readers can see and by `npm run restore`.
 * page-cache-handler.mjs keeps every cached page, feed and sitemap under it, so a cached page
 * belongs to exactly one state of one database:
 * - a publish, a comment approval, a settings change… made through any instance is a new
 *   generation, which every instance on the database reads within GENERATION_CHECK_MS, and from
 *   then on renders its pages afresh: fresh everywhere, with no message between instances;
 * - two servers started from one build folder on two databases have two generations, and never
 *   serve each other's pages (they share the folder's files, where Next keeps its cache);
 * - a restore puts older content back under a new generation, so nothing cached since the
 *   snapshot (or before it, on another database) is served again;
 * - a build, which serves no database, has none (see src/app/(site)/[locale]/layout.tsx).
 */
import crypto from 'node:crypto'

import type { Payload, PayloadRequest } from 'payload'

/** Payload's key-value collection (payload.kv), written here through the adapter so that a change's transaction covers it. */
const KV = 'payload-kv'
const KEY = 'page-cache-generation'

type Stored = { id: string }

const newGeneration = (): Stored => ({ id: crypto.randomUUID() })

/**
 * This database's generation, made on first use. Two instances starting together on a new
 * database may both make one; the unique key lets one write win, and both then read it back.
 */
export async function cacheGeneration(payload: Payload): Promise<string> {
  const stored = await payload.kv.get<Stored>(KEY)
  if (stored?.id) return stored.id
  await payload.kv.set(KEY, newGeneration()).catch(() => undefined)
  const made = await payload.kv.get<Stored>(KEY)
  if (!made?.id) throw new Error('The page cache generation could not be stored')
  return made.id
}

/**
 * After a change readers can see, or a restore: everything cached before it becomes a miss on
 * every instance. Given the change's request, the new generation is written in the change's own
 * transaction: no instance can read it before the change itself, and so render the old content
 * under the new generation (payload.kv writes outside any transaction, hence the adapter call).
 */
export async function renewCacheGeneration(
  payload: Payload,
  req: Partial<PayloadRequest> = {},
): Promise<void> {
  await payload.db.upsert({
    collection: KV,
    data: { key: KEY, data: newGeneration() },
    req,
    select: {},
    where: { key: { equals: KEY } },
  })
}

/**
 * How long a process trusts the generation it read before asking the database again: the bound
 * within which a change made through another instance, or a restore, shows on this one. A few
 * small reads a second per process, instead of one per request.
 */
export const GENERATION_CHECK_MS = 250

/**
 * The reader page-cache-handler.mjs calls on every cache read and write: the generation as last
 * read, asked again once it is GENERATION_CHECK_MS old (one query at a time, shared by the
 * requests that wait for it). `undefined` while the database does not answer: the handler then
 * neither serves nor keeps pages, rather than guess which database they belong to.
 */
export function generationReader(
  payload: () => Promise<Payload>,
): () => Promise<string | undefined> {
  let known: { id: string; readAt: number } | undefined
  let pending: Promise<string | undefined> | undefined
  const refresh = () =>
    (pending ??= payload()
      .then(cacheGeneration)
      .then((id) => {
        known = { id, readAt: Date.now() }
        return id
      })
      .catch(() => {
        known = undefined
        return undefined
      })
      .finally(() => {
        pending = undefined
      }))
  return () =>
    known && Date.now() - known.readAt < GENERATION_CHECK_MS ? Promise.resolve(known.id) : refresh()
}
