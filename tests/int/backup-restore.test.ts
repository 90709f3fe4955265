/**
 * `npm run backup` under write load, then `npm run restore` of that snapshot: the snapshot holds
 * every write acknowledged before it began, passes SQLite's integrity check, and restores to the
 * same rows and the same file bytes.
 */
import fs from 'node:fs'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { backup, fileHashes, restore } from '@/backup/snapshot'

import { createArticle, createAuthor, createComment, createMedia } from '../helpers/fixtures'
import { startTestApp, type TestApp } from '../helpers/testApp'

let app: TestApp
beforeAll(async () => {
  app = await startTestApp()
})
afterAll(() => app?.close())

/** Every row of every table, as JSON lines, in a stable order. */
async function dump(databaseFile: string): Promise<Record<string, string[]>> {
  const client = createClient({ url: `file:${databaseFile}` })
  try {
    const tables = await client.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    const dumped: Record<string, string[]> = {}
    for (const { name } of tables.rows) dumped[String(name)] = (await client.execute(`SELECT * FROM "${name}" ORDER BY rowid`)).rows.map((row) => JSON.stringify(row))
    expect((await client.execute('PRAGMA integrity_check')).rows[0][0]).toBe('ok')
    return dumped
  } finally {
    client.close()
  }
}

it('round-trips a snapshot taken under write load', async () => {
  const databaseUri = process.env.DATABASE_URI!
  if (!databaseUri.startsWith('file:')) return // Backups cover SQLite; MongoDB has mongodump.
  const article = await createArticle(app.payload, [(await createAuthor(app.payload)).id], 'published')
  const acknowledged: { collection: 'comments' | 'media'; id: number; at: number }[] = []
  let writing = true
  const writer = async (collection: 'comments' | 'media') => {
    while (writing) {
      const doc = collection === 'media' ? await createMedia(app.payload) : await createComment(app.payload, article.id, 'approved')
      acknowledged.push({ collection, id: doc.id, at: Date.now() })
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

  const snapshotRows = await dump(path.join(snapshot, 'cms.db'))
  const ids = (table: string) => new Set(snapshotRows[table].map((row) => (JSON.parse(row) as { id: number }).id))
  const before = acknowledged.filter(({ at }) => at < began)
  expect(before.length).toBeGreaterThan(5)
  for (const { collection, id } of before) expect(ids(collection).has(id), `${collection} ${id}`).toBe(true)
  // Writes continued during and after the backup, so the live database has more than the snapshot.
  expect(acknowledged.length).toBeGreaterThan(before.length)

  // Every media record in the snapshot has its file, byte for byte as on the live site.
  const live = fileHashes(app.uploadDir)
  for (const row of snapshotRows.media) {
    const filename = `media/${(JSON.parse(row) as { filename: string }).filename}`
    expect(manifest.files[filename], filename).toBe(live[filename])
  }

  const target = path.join(app.tempDir, 'restored')
  restore({ databaseUri: `file:${path.join(target, 'cms.db')}`, uploadDir: path.join(target, 'uploads'), source: snapshot })
  expect(await dump(path.join(target, 'cms.db'))).toEqual(snapshotRows)
  expect(fileHashes(path.join(target, 'uploads'))).toEqual(manifest.files)
  expect(fs.existsSync(path.join(target, 'cms.db-wal'))).toBe(false)
})
