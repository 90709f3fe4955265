/**
 * Next.js's own page cache (memory + `.next/server` files), with two changes: every entry is kept
 * under the database's cache generation, and cached HTML is kept as pure ASCII where that costs
 * (almost) no bytes. Configured as `cacheHandler` in next.config.mjs.
 *
 * Why the generation: Next keys its cache by route only, and keeps it in the build folder. Servers
 * started from one folder against different databases then served each other's pages, and so did a
 * site after `npm run restore`, until the first publish. Each entry's key now starts with the
 * generation of the database it was made from (src/lib/pageCache/generation.ts: an id stored in
 * that database, replaced by a restore), so an entry made under another one is a miss, and pages
 * prerendered by `next build` (which has no database) are never served.
 *
 * Why ASCII: serving a cached page costs Node a `Buffer.byteLength` and a UTF-8 encode of the whole HTML
 * string on every request. V8 keeps a string with any character above U+00FF (an em dash, “quotes”,
 * Azerbaijani ə, Cyrillic) as UTF-16, and for a 95 KB article those two passes take ~0.2 ms per
 * request, ten times what the same bytes cost as ASCII: the largest difference between our article
 * and a trivial ASCII page in a CPU profile of `next start` (bench/ANALYSIS.md). Written as character
 * references the page is the same document for every browser, and V8 stores it one byte a character.
 */
import fs from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'

import { currentCacheNamespace } from './src/lib/pageCache/namespace.mjs'

// A CommonJS module compiled from TypeScript: the class is its `default` export.
const { default: FileSystemCache } = createRequire(import.meta.url)(
  'next/dist/server/lib/incremental-cache/file-system-cache.js',
)

const NON_ASCII_CODE_POINT = /[^\x00-\x7f]/gu
const NON_ASCII_CODE_UNIT = /[^\x00-\x7f]/g
/** Elements whose content is not HTML: character references would not be decoded there. */
const RAW_TEXT = /(<(script|style)\b[^>]*>)([\s\S]*?)(<\/\2\s*>)/gi

const hex = (code) => code.toString(16)
/** Text and attribute values: numeric character references. */
const asReferences = (html) =>
  html.replace(NON_ASCII_CODE_POINT, (char) => `&#x${hex(char.codePointAt(0))};`)
/** Script content (JavaScript, JSON and Next's inlined page data): \u escapes, valid in strings, identifiers and regular expressions alike. */
const asScriptEscapes = (code) =>
  code.replace(NON_ASCII_CODE_UNIT, (char) => `\\u${hex(char.charCodeAt(0)).padStart(4, '0')}`)
/** Style content: CSS escapes (the space ends the escape). */
const asCssEscapes = (css) =>
  css.replace(NON_ASCII_CODE_POINT, (char) => `\\${hex(char.codePointAt(0))} `)

/** The same HTML document written in ASCII only, as a flat one-byte string. */
export function asciiHtml(html) {
  let ascii = ''
  let from = 0
  for (const match of html.matchAll(RAW_TEXT)) {
    const [whole, openingTag, tagName, content, closingTag] = match
    ascii += asReferences(html.slice(from, match.index) + openingTag)
    ascii += tagName.toLowerCase() === 'script' ? asScriptEscapes(content) : asCssEscapes(content)
    ascii += closingTag
    from = match.index + whole.length
  }
  ascii += asReferences(html.slice(from))
  // Built from pieces of a UTF-16 string, the result is UTF-16 too; a round trip makes it one byte a character.
  return Buffer.from(ascii, 'latin1').toString('latin1')
}

/**
 * The page to keep in the cache: the ASCII form when it is at most this much larger than the UTF-8
 * bytes. Text in another script (a Russian page) would take 6–8 bytes a character instead of two,
 * a bigger page to send and compress than the encoding it saves; such pages stay as they are.
 */
const MAX_GROWTH = 1.05

export function cacheableHtml(html) {
  const ascii = asciiHtml(html)
  return ascii.length <= Buffer.byteLength(html) * MAX_GROWTH ? ascii : html
}

/** Page entries already looked at (the memory cache hands out the same object on every hit). */
const rewritten = new WeakSet()

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

export default class AsciiPageCache extends FileSystemCache {
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
    const entry = await super.get(namespacedKey(key, generation), ...rest)
    const page = entry?.value
    // Rewritten on read, which every entry passes (also one read back from disk after a restart), rather than on write.
    if (page?.kind === 'APP_PAGE' && typeof page.html === 'string' && !rewritten.has(page)) {
      page.html = cacheableHtml(page.html)
      rewritten.add(page)
    }
    return entry
  }

  async set(key, ...rest) {
    const generation = await this.currentGeneration()
    if (generation) await super.set(namespacedKey(key, generation), ...rest)
  }
}
