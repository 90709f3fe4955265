/**
 * Next.js's own page cache (memory + `.next/server` files), with two changes: every entry is kept
 * under the database's cache generation, and a server error is never kept. Configured as
 * `cacheHandler` in next.config.mjs.
 *
 * Why the generation: Next keys its cache by route only, and keeps it in the build folder. Servers
 * started from one folder against different databases then served each other's pages, and so did a
 * site after `npm run restore`, until the first publish. Each entry's key now starts with the
 * generation of the database it was made from (src/lib/pageCache/generation.ts: an id stored in
 * that database, replaced by a restore), so an entry made under another one is a miss, and pages
 * prerendered by `next build` (which has no database) are never served.
 *
 * Why not errors: Next keeps whatever a cached route handler answers, its status included. The
 * reading pages (src/components/page/readingPage.tsx) answer a failure with the site's 500 page;
 * kept, it would stay until the next change of content instead of being tried again.
 */
import fs from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'

import { currentCacheNamespace } from './src/lib/pageCache/namespace.mjs'

// A CommonJS module compiled from TypeScript: the class is its `default` export.
const { default: FileSystemCache } = createRequire(import.meta.url)(
  'next/dist/server/lib/incremental-cache/file-system-cache.js',
)

/** Response keys (`/route-cache/APP_PAGE/<route hash>/$/en/articles`) keep their first folder, which tells Next where they live. */
const ROUTE_CACHE = '/route-cache/'

/** `key` inside the generation's own folder: `/route-cache/<generation>/APP_PAGE/…`, `<generation>/<fetch key>`. */
export function namespacedKey(key, generation) {
  return key.startsWith(ROUTE_CACHE)
    ? `${ROUTE_CACHE}${generation}/${key.slice(ROUTE_CACHE.length)}`
    : `${generation}/${key.replace(/^\/+/, '')}`
}

/** A generation's own folder name (a UUID, src/lib/pageCache/generation.ts): nothing else is ever removed. */
const GENERATION_FOLDER = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/**
 * Every visible change makes a new generation, and what was filed under the others is never read
 * again: their folders are removed, here and in the fetch cache, when this process first files
 * under a new one. (Another server sharing the build folder on another database may lose its
 * files too; it renders them again, and its memory copy still serves.)
 */
async function removeOtherGenerations(serverDistDir, generation) {
  const folders = [
    path.join(serverDistDir, ROUTE_CACHE),
    path.join(serverDistDir, '..', 'cache', 'fetch-cache'),
  ]
  for (const folder of folders) {
    const names = await fs.readdir(folder).catch(() => [])
    const stale = names.filter((name) => GENERATION_FOLDER.test(name) && name !== generation)
    await Promise.all(
      stale.map((name) => fs.rm(path.join(folder, name), { recursive: true, force: true })),
    ).catch(() => undefined)
  }
}

let lastGeneration

export default class GenerationPageCache extends FileSystemCache {
  async currentGeneration() {
    const generation = await currentCacheNamespace()
    if (generation && generation !== lastGeneration) {
      lastGeneration = generation
      void removeOtherGenerations(this.serverDistDir, generation)
    }
    return generation
  }

  async get(key, ...rest) {
    const generation = await this.currentGeneration()
    // No database to answer for the entry: a miss, the page is rendered from the database.
    if (!generation) return null
    return super.get(namespacedKey(key, generation), ...rest)
  }

  async set(key, data, ...rest) {
    if (data?.kind === 'APP_ROUTE' && data.status >= 500) return
    const generation = await this.currentGeneration()
    if (generation) await super.set(namespacedKey(key, generation), data, ...rest)
  }
}
