/**
 * How page-cache-handler.mjs learns which database this process serves. The handler is plain
 * JavaScript that Next.js loads outside the application bundle, so it cannot open the database
 * itself; the application (src/instrumentation.ts, at start-up) hands it a function that answers
 * the database's cache generation (generation.ts), through one slot on globalThis that both see.
 * Plain JavaScript so that the handler can load it without a TypeScript loader.
 */

const SLOT = Symbol.for('thinktank.pageCacheNamespace')

/**
 * Installs the function that answers the current namespace (`undefined` while the database cannot
 * say). Called once per process.
 * @param {() => Promise<string | undefined>} read
 */
export function provideCacheNamespace(read) {
  globalThis[SLOT] = read
}

/**
 * The namespace every cache entry of this process is kept under, or `undefined` when there is none:
 * in `next build` (which serves no database), before start-up has installed it, or while the
 * database does not answer. The handler then neither serves nor keeps anything.
 * @returns {Promise<string | undefined>}
 */
export async function currentCacheNamespace() {
  const read = globalThis[SLOT]
  return read ? read() : undefined
}
