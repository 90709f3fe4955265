/**
 * Online backup and restore of the SQLite database and the upload folder (media and manuscripts).
 *
 * The database is copied with SQLite's `VACUUM INTO`, which reads inside one transaction: a
 * consistent snapshot while the site keeps taking writes. The upload folder is copied after it:
 * Payload writes an upload's file before it commits the record, so every record in the snapshot
 * finds its file; files of writes that came later are extra and harmless (restore keeps them).
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { createClient } from '@libsql/client'

export type SnapshotManifest = { createdAt: string; database: string; files: Record<string, string> }

const DATABASE_FILE = 'cms.db'
const UPLOADS_FOLDER = 'uploads'

/** The file path of a `file:` DATABASE_URI. */
export function sqlitePath(databaseUri: string): string {
  if (!databaseUri.startsWith('file:')) throw new Error(`Backups cover SQLite only; DATABASE_URI is not a file: URI. For MongoDB use mongodump.`)
  return path.resolve(databaseUri.slice('file:'.length))
}

export const sha256 = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex')

/** Every file under `folder`, by path relative to it, with its SHA-256. */
export function fileHashes(folder: string): Record<string, string> {
  if (!fs.existsSync(folder)) return {}
  const entries = fs.readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile())
  return Object.fromEntries(
    entries.map((entry) => {
      const full = path.join(entry.parentPath, entry.name)
      return [path.relative(folder, full), sha256(full)]
    }),
  )
}

/** Writes a snapshot folder: cms.db, uploads/ and manifest.json (file hashes, for checking a restore). */
export async function backup(options: { databaseUri: string; uploadDir: string; target: string }): Promise<SnapshotManifest> {
  if (fs.existsSync(options.target) && fs.readdirSync(options.target).length) throw new Error(`${options.target} exists and is not empty`)
  fs.mkdirSync(options.target, { recursive: true })
  const database = path.join(options.target, DATABASE_FILE)
  const client = createClient({ url: `file:${sqlitePath(options.databaseUri)}` })
  try {
    await client.execute({ sql: 'VACUUM INTO ?', args: [database] })
  } finally {
    client.close()
  }
  const uploads = path.join(options.target, UPLOADS_FOLDER)
  if (fs.existsSync(options.uploadDir)) fs.cpSync(options.uploadDir, uploads, { recursive: true })
  const manifest: SnapshotManifest = { createdAt: new Date().toISOString(), database: sha256(database), files: fileHashes(uploads) }
  fs.writeFileSync(path.join(options.target, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
  return manifest
}

/**
 * Puts a snapshot back in place of the database and upload folder. The server must be stopped:
 * a running one would keep writing to the replaced file through its open connection.
 */
export function restore(options: { databaseUri: string; uploadDir: string; source: string }): SnapshotManifest {
  const manifest = JSON.parse(fs.readFileSync(path.join(options.source, 'manifest.json'), 'utf8')) as SnapshotManifest
  const snapshotDatabase = path.join(options.source, DATABASE_FILE)
  if (sha256(snapshotDatabase) !== manifest.database) throw new Error(`${snapshotDatabase} does not match its manifest: refusing to restore it`)
  const database = sqlitePath(options.databaseUri)
  fs.mkdirSync(path.dirname(database), { recursive: true })
  // A stale write-ahead log next to the restored file would be replayed into it.
  for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(`${database}${suffix}`, { force: true })
  fs.copyFileSync(snapshotDatabase, database)
  fs.rmSync(options.uploadDir, { recursive: true, force: true })
  const uploads = path.join(options.source, UPLOADS_FOLDER)
  fs.mkdirSync(options.uploadDir, { recursive: true })
  if (fs.existsSync(uploads)) fs.cpSync(uploads, options.uploadDir, { recursive: true })
  return manifest
}
