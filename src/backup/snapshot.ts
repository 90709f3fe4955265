/**
 * Online backup and restore of the database and the uploaded files (media and manuscripts), from
 * the upload folder or the bucket (src/lib/storage).
 *
 * The database engine writes a consistent copy of itself while the site keeps taking writes
 * (src/lib/database: each engine's own consistent copy). The files are copied after it: Payload
 * stores an upload's file before it commits the record, so every record in the snapshot finds
 * its file; files of writes that came later are extra and harmless. A snapshot's uploads/ folder
 * has the same layout from disk or bucket (media/…, submissions/…), so either can be restored
 * into the other.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { backupDatabase, restoreDatabase } from '@/lib/database'
import {
  downloadBucket,
  uploadToBucket,
  type BucketSettings,
  type ContentTypes,
} from '@/lib/storage'
import { makePrivateFolder, makeTreePrivate, PRIVATE_FILE_MODE } from '@/lib/privateFiles'

/** `database` is the database file's name in the snapshot folder; `hashes` has its SHA-256 too. */
export type SnapshotManifest = {
  createdAt: string
  database: { file: string; sha256: string }
  files: Record<string, string>
  /** Only in a snapshot of a bucket: each object's content type, to store it back with. */
  contentTypes?: ContentTypes
}

/** Where the uploaded files live: `bucket` when one is configured, else `uploadDir`. */
type FileStore = { uploadDir: string; bucket?: BucketSettings | null }

/** Copies the live files into the snapshot's uploads/ folder. */
async function copyFilesOut(store: FileStore, uploads: string): Promise<ContentTypes | undefined> {
  if (store.bucket) return downloadBucket(store.bucket, uploads)
  if (fs.existsSync(store.uploadDir)) fs.cpSync(store.uploadDir, uploads, { recursive: true })
  return undefined
}

/** Replaces the live files by the snapshot's uploads/ folder. */
async function copyFilesIn(store: FileStore, uploads: string, manifest: SnapshotManifest) {
  if (store.bucket) return uploadToBucket(store.bucket, uploads, manifest.contentTypes ?? {})
  fs.rmSync(store.uploadDir, { recursive: true, force: true })
  makePrivateFolder(store.uploadDir)
  if (fs.existsSync(uploads)) fs.cpSync(uploads, store.uploadDir, { recursive: true })
}

const UPLOADS_FOLDER = 'uploads'

export const sha256 = (file: string) =>
  crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex')

/** Every file under `folder`, by path relative to it, with its SHA-256. */
export function fileHashes(folder: string): Record<string, string> {
  if (!fs.existsSync(folder)) return {}
  const entries = fs
    .readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
  return Object.fromEntries(
    entries.map((entry) => {
      const full = path.join(entry.parentPath, entry.name)
      return [path.relative(folder, full), sha256(full)]
    }),
  )
}

/**
 * Writes a snapshot folder: the database copy, uploads/ and manifest.json (hashes, for checking a
 * restore). Everything in it is private (src/lib/privateFiles.ts), as the live data is.
 */
export async function backup(
  options: FileStore & { databaseUri: string; target: string },
): Promise<SnapshotManifest> {
  if (fs.existsSync(options.target) && fs.readdirSync(options.target).length)
    throw new Error(`${options.target} exists and is not empty`)
  makePrivateFolder(options.target)
  const file = await backupDatabase(options.databaseUri, options.target)
  const uploads = path.join(options.target, UPLOADS_FOLDER)
  const contentTypes = await copyFilesOut(options, uploads)
  if (fs.existsSync(uploads)) makeTreePrivate(uploads)
  const manifest: SnapshotManifest = {
    createdAt: new Date().toISOString(),
    database: { file, sha256: sha256(path.join(options.target, file)) },
    files: fileHashes(uploads),
    contentTypes,
  }
  fs.writeFileSync(
    path.join(options.target, 'manifest.json'),
    `${JSON.stringify(manifest, null, 2)}\n`,
    { mode: PRIVATE_FILE_MODE },
  )
  return manifest
}

/**
 * Puts a snapshot back in place of the database and upload folder. The server must be stopped:
 * a running one would keep writing through its open connections.
 */
export async function restore(
  options: FileStore & { databaseUri: string; source: string },
): Promise<SnapshotManifest> {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(options.source, 'manifest.json'), 'utf8'),
  ) as SnapshotManifest
  const snapshotDatabase = path.join(options.source, path.basename(manifest.database.file))
  if (sha256(snapshotDatabase) !== manifest.database.sha256)
    throw new Error(`${snapshotDatabase} does not match its manifest: refusing to restore it`)
  await restoreDatabase(options.databaseUri, snapshotDatabase)
  await copyFilesIn(options, path.join(options.source, UPLOADS_FOLDER), manifest)
  return manifest
}
