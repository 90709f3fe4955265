/**
 * `npm run search:reindex`: writes the full-text index again from the published content, while
 * the site runs (after a restore from an older tool, or a change to how words are indexed in
 * analyze.ts). Reads DATABASE_URI like the server. Search answers cached before it are dropped.
 */
import { closeDatabase } from '@/lib/database'
import { renewCacheGeneration } from '@/lib/pageCache/generation'

import { rebuildSearchIndex } from './indexer'

// Loaded only now: the config creates the database and secret files as it loads.
const [{ default: config }, { getPayload }] = await Promise.all([
  import('@payload-config'),
  import('payload'),
])
const payload = await getPayload({ config })
try {
  const started = Date.now()
  const counts = await rebuildSearchIndex(payload)
  await renewCacheGeneration(payload)
  console.info(
    `Search index rebuilt in ${((Date.now() - started) / 1000).toFixed(1)} s: ${counts.article} articles, ${counts.author} authors, ${counts.topic} topics.`,
  )
} finally {
  await closeDatabase(payload)
}
