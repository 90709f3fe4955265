/**
 * `npm run backup` under write load, then `npm run restore` of that snapshot, on the engine of this
 * run (SQLite or PostgreSQL): the snapshot holds every write acknowledged before it began, passes
 * the engine's integrity check, restores to the same rows and the same file bytes, and restores
 * again over a used database to exactly the same rows.
 */
import path from 'node:path'

import { afterAll, beforeAll, expect, it } from 'vitest'

import { backup, fileHashes, restore } from '@/backup/snapshot'
import { databaseIntegrity, databaseRows, dropDatabase, parseDatabaseUri } from '@/lib/database'

import { siblingDatabaseUri } from '../helpers/databases'
import { createArticle, createAuthor, createComment, createMedia } from '../helpers/fixtures'
import { startTestApp, type TestApp } from '../helpers/testApp'

let app: TestApp
beforeAll(async () => {
  app = await startTestApp()
})
afterAll(() => app?.close())

// MongoDB is backed up with mongodump (README), not `npm run backup`.
const isMongo = () => parseDatabaseUri(process.env.DATABASE_URI).engine === 'mongodb'

it.skipIf(isMongo())('round-trips a snapshot taken under write load', async () => {
  const databaseUri = process.env.DATABASE_URI!
  const article = await createArticle(
    app.payload,
    [(await createAuthor(app.payload)).id],
    'published',
  )
  const acknowledged: { collection: 'comments' | 'media'; id: string; at: number }[] = []
  let writing = true
  const writer = async (collection: 'comments' | 'media') => {
    while (writing) {
      const doc =
        collection === 'media'
          ? await createMedia(app.payload)
          : await createComment(app.payload, article.id, 'approved')
      acknowledged.push({ collection, id: String(doc.id), at: Date.now() })
      // libSQL answers synchronously under its promises: yield, or the timers below never fire.
      await new Promise((resolve) => setImmediate(resolve))
    }
  }
  const writers = [writer('comments'), writer('comments'), writer('media')]
  await new Promise((resolve) => setTimeout(resolve, 1_500))
  const began = Date.now()
  const snapshot = path.join(app.tempDir, 'snapshot')
  const manifest = await backup({ databaseUri, uploadDir: app.uploadDir, target: snapshot })
  await new Promise((resolve) => setTimeout(resolve, 500))
  writing = false
  await Promise.all(writers)

  const restoredUri = siblingDatabaseUri(databaseUri, 'restored')
  const restoredUploads = path.join(app.tempDir, 'restored-uploads')
  try {
    await restore({ databaseUri: restoredUri, uploadDir: restoredUploads, source: snapshot })
    expect(await databaseIntegrity(restoredUri)).toMatch(/^ok/)
    const restoredRows = await databaseRows(restoredUri)
    const ids = (table: string) =>
      new Set(restoredRows[table].map((row) => String((JSON.parse(row) as { id: unknown }).id)))
    const before = acknowledged.filter(({ at }) => at < began)
    expect(before.length).toBeGreaterThan(5)
    for (const { collection, id } of before)
      expect(ids(collection).has(id), `${collection} ${id}`).toBe(true)
    // Writes continued during and after the backup, so the live database has more than the snapshot.
    expect(acknowledged.length).toBeGreaterThan(before.length)
    expect(restoredRows.comments.length).toBeLessThan(
      (await databaseRows(databaseUri)).comments.length,
    )

    // Every media record in the snapshot has its file, byte for byte as on the live site.
    const live = fileHashes(app.uploadDir)
    for (const row of restoredRows.media) {
      const filename = `media/${(JSON.parse(row) as { filename: string }).filename}`
      expect(manifest.files[filename], filename).toBe(live[filename])
    }
    expect(fileHashes(restoredUploads)).toEqual(manifest.files)

    // A second restore over the now-used database ends with exactly the snapshot again.
    await restore({ databaseUri: restoredUri, uploadDir: restoredUploads, source: snapshot })
    expect(await databaseRows(restoredUri)).toEqual(restoredRows)
  } finally {
    // The restore target is a second database: on a server, it must not outlive the test.
    await dropDatabase(restoredUri)
  }
})
