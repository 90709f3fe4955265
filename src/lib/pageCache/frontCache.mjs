/**
 * Cached pages answered by our own HTTP server (server.mjs) before Next.js sees the request.
 *
 * Why: serving a page from Next's cache still runs Next's whole request pipeline (the rewrites,
 * the header rules, route matching, a web Request and Response per request): a cached article
 * answered about a quarter of the requests per second that a bare Next.js app serves for a static
 * page of the same size (bench/ANALYSIS.md, "Serving a cached page"). This keeps, in memory, the
 * exact response Next sent for a page it served from its cache, and sends it again as it is.
 *
 * What is kept: answers to GET whose `x-nextjs-cache` header says they came from (or went into) Next's
 * page cache, with status 200 or 404 and no cookie set. So a page rendered per request (search,
 * a form's answer, a draft preview) or anything of the admin panel and the API is never kept: Next
 * itself decided they are not cacheable. Each entry belongs to one cache generation (generation.ts):
 * when a change makes a new one, every kept answer is dropped, exactly when Next's own entries stop
 * being served, so freshness on publish is unchanged. The client's Accept-Encoding is part of the
 * key, since Next compresses for clients that accept it; requests with Next's router headers
 * (`rsc`, `next-router-*`, sent only by the admin's React client) are passed on.
 *
 * Plain JavaScript so that server.mjs can load it without a TypeScript loader.
 */
import { KEEP_FOR_GENERATION } from './keep.mjs'
import { currentCacheNamespace } from './namespace.mjs'

/** The most memory the kept answers may take, and the largest single answer kept. */
const MAX_BYTES = 64 * 1024 * 1024
const MAX_ENTRY_BYTES = 1024 * 1024

/** Paths that are never pages: Payload's admin and API, the preview routes, Next's own files. */
const NEVER = /^\/(?:admin|api|next|preview|_next)(?:[/?]|$)/
/** Headers that belong to one connection or one moment, not to the page. */
const NOT_REPLAYED = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding'])

/** @param {import('node:http').IncomingMessage} req */
const eligible = (req) =>
  (req.method === 'GET' || req.method === 'HEAD') &&
  !NEVER.test(req.url ?? '') &&
  !req.headers.authorization &&
  !req.headers.rsc &&
  !Object.keys(req.headers).some((name) => name.startsWith('next-router-'))

/**
 * Not the Host: pages are the same whatever name the client used (their links come from
 * SERVER_URL), and made-up names would only push real pages out.
 * @param {import('node:http').IncomingMessage} req
 */
const keyOf = (req) =>
  `${req.url} ${/\bgzip\b/.test(req.headers['accept-encoding'] ?? '') ? 'gzip' : ''}`

/** An answer Next served from (or put into) its page cache. */
const fromNextCache = (status, headers) =>
  (status === 200 || status === 404) &&
  /^(?:HIT|MISS)$/.test(String(headers['x-nextjs-cache'] ?? ''))
/** An answer rendered per request that says it may be kept for the generation (keep.mjs). */
const keptPerRequest = (status, headers) => status === 200 && Boolean(headers[KEEP_FOR_GENERATION])

/**
 * `perRequest`: this cache keeps the answers of pages rendered per request that allow it
 * (search, keep.mjs) instead of Next's cached pages; server.mjs gives each its own budget, so
 * that a stream of made-up searches cannot push the articles out.
 */
export function createFrontCache({ maxBytes = MAX_BYTES, perRequest = false } = {}) {
  const keeps = perRequest ? keptPerRequest : fromNextCache
  /** @type {Map<string, { status: number, headers: Record<string, any>, body: Buffer }>} */
  const entries = new Map()
  let bytes = 0
  let generation

  const clear = () => {
    entries.clear()
    bytes = 0
  }
  /** The generation now; every kept answer of another one is dropped. */
  const current = async () => {
    const now = await currentCacheNamespace()
    if (now !== generation) {
      clear()
      generation = now
    }
    return now
  }

  const keep = (key, entry) => {
    const old = entries.get(key)
    if (old) bytes -= old.body.length
    entries.delete(key)
    entries.set(key, entry)
    bytes += entry.body.length
    // Oldest first (a Map keeps insertion order; a hit moves its entry to the end).
    for (const [oldest, value] of entries) {
      if (bytes <= maxBytes) break
      entries.delete(oldest)
      bytes -= value.body.length
    }
  }

  /** Records what Next sends on `res`, and keeps it if it is a cached page. */
  const capture = (key, res, requestGeneration) => {
    const chunks = []
    let size = 0
    const collect = (chunk, encoding) => {
      if (chunk === undefined || chunk === null || typeof chunk === 'function') return
      const buffer = Buffer.isBuffer(chunk)
        ? chunk
        : typeof chunk === 'string'
          ? Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8')
          : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
      size += buffer.length
      if (size <= MAX_ENTRY_BYTES) chunks.push(buffer)
    }
    const write = res.write
    const end = res.end
    res.write = function (chunk, encoding, callback) {
      collect(chunk, encoding)
      return write.call(this, chunk, encoding, callback)
    }
    res.end = function (chunk, encoding, callback) {
      collect(chunk, encoding)
      const result = end.call(this, chunk, encoding, callback)
      const headers = res.getHeaders()
      if (
        keeps(res.statusCode, headers) &&
        !headers['set-cookie'] &&
        size <= MAX_ENTRY_BYTES &&
        generation === requestGeneration
      ) {
        const replayed = Object.fromEntries(
          Object.entries(headers).filter(([name]) => !NOT_REPLAYED.has(name)),
        )
        const body = Buffer.concat(chunks, size)
        replayed['content-length'] = String(body.length)
        // Served from a cache, as Next would say of its own; and by which one.
        if (!perRequest) replayed['x-nextjs-cache'] = 'HIT'
        replayed['x-thinktank-cache'] = 'HIT'
        keep(key, { status: res.statusCode, headers: replayed, body })
      }
      return result
    }
  }

  /**
   * Answers `req` from the kept pages and returns true, or prepares to keep what Next answers and
   * returns false (the caller then hands the request to Next).
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   */
  async function serve(req, res) {
    if (!eligible(req)) return false
    const requestGeneration = await current()
    // No database to name the generation: Next answers, and nothing is kept (page-cache-handler.mjs does the same).
    if (!requestGeneration) return false
    const key = keyOf(req)
    const entry = entries.get(key)
    if (!entry) {
      if (req.method === 'GET') capture(key, res, requestGeneration)
      return false
    }
    entries.delete(key)
    entries.set(key, entry)
    res.writeHead(entry.status, entry.headers)
    res.end(entry.body)
    return true
  }

  return { serve, clear, size: () => ({ entries: entries.size, bytes }) }
}
