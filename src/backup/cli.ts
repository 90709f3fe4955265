/**
 * `npm run backup [folder]` writes a snapshot (default: backups/<timestamp>) while the site runs;
 * `npm run restore <folder>` puts one back (stop the server first). Both read DATABASE_URI and
 * the upload store (UPLOAD_DIR, or the S3_* bucket) like the server does.
 */
import path from 'node:path'

import { closeDatabase, DEFAULT_DATABASE_URI } from '@/lib/database'
import { renewCacheGeneration } from '@/lib/pageCache/generation'
import { uploadRoot } from '@/lib/paths'
import { bucketSettings } from '@/lib/storage'

import { backup, restore } from './snapshot'

/**
 * Pages, feeds and sitemaps cached before the restore show the database as it was: a new cache
 * generation makes every one of them a miss, on every instance, at its next start or within
 * GENERATION_CHECK_MS if it runs (src/lib/pageCache/generation.ts).
 */
async function forgetCachedPages(): Promise<void> {
  // Loaded only now: the config creates the database and secret files as it loads.
  const [{ default: config }, { getPayload }] = await Promise.all([
    import('@payload-config'),
    import('payload'),
  ])
  const payload = await getPayload({ config })
  await renewCacheGeneration(payload)
  await closeDatabase(payload)
}

async function main(): Promise<void> {
  const [command, folder] = process.argv.slice(2)
  const databaseUri = process.env.DATABASE_URI?.trim() || DEFAULT_DATABASE_URI
  const store = { uploadDir: uploadRoot(), bucket: bucketSettings() }
  if (command === 'backup') {
    const target = path.resolve(
      folder || path.join('backups', new Date().toISOString().replace(/[:.]/g, '-')),
    )
    const manifest = await backup({ ...store, databaseUri, target })
    console.info(
      `Snapshot written to ${target}: database and ${Object.keys(manifest.files).length} upload files.`,
    )
  } else if (command === 'restore' && folder) {
    const manifest = await restore({ ...store, databaseUri, source: path.resolve(folder) })
    await forgetCachedPages()
    console.info(
      `Restored the snapshot of ${manifest.createdAt}: database and ${Object.keys(manifest.files).length} upload files.`,
    )
  } else {
    console.error('Usage: npm run backup [folder]  |  npm run restore <folder>')
    process.exitCode = 2
  }
}

await main()
