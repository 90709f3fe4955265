/**
 * `npm run backup [folder]` writes a snapshot (default: backups/<timestamp>) while the site runs;
 * `npm run restore <folder>` puts one back (stop the server first). Both read DATABASE_URI and
 * the upload store (UPLOAD_DIR, or the S3_* bucket) like the server does.
 */
import path from 'node:path'

import { DEFAULT_DATABASE_URI } from '@/lib/database'
import { uploadRoot } from '@/lib/paths'
import { bucketSettings } from '@/lib/storage'

import { backup, restore } from './snapshot'

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
    console.info(
      `Restored the snapshot of ${manifest.createdAt}: database and ${Object.keys(manifest.files).length} upload files.`,
    )
  } else {
    console.error('Usage: npm run backup [folder]  |  npm run restore <folder>')
    process.exitCode = 2
  }
}

await main()
