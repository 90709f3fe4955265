/**
 * Files no record holds. An upload is stored in two steps: the file (bucket or disk), then the
 * record's commit. A process killed between them (a crash, a SIGKILL during a deploy) leaves a
 * file that nothing points to and nothing would ever remove: a reader's manuscript kept without a
 * record of it. The sweep deletes such files once they are old enough that no upload can still be
 * on its way to its commit. Run by the jobs runner (src/jobs/housekeeping.ts), once an hour on one
 * instance.
 */
import fs from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import { UPLOAD_COLLECTIONS, uploadDir, type UploadCollection } from '../paths'
import { deleteObject, listObjects, type StoredObject } from './objects'
import { bucketSettings } from './settings'

/** A file younger than this may belong to an upload whose record is not committed yet. */
export const ORPHAN_AFTER_MS = 60 * 60_000

/** The file names the records of `collection` hold: the upload and each of its image sizes. */
async function namesHeld(payload: Payload, collection: UploadCollection): Promise<Set<string>> {
  const { docs } = await payload.db.find({
    collection,
    limit: 0,
    pagination: false,
    req: {},
    select: { filename: true, sizes: true },
  })
  const names = new Set<string>()
  for (const doc of docs as {
    filename?: string | null
    sizes?: Record<string, { filename?: string | null } | null>
  }[]) {
    if (doc.filename) names.add(doc.filename)
    for (const size of Object.values(doc.sizes ?? {})) if (size?.filename) names.add(size.filename)
  }
  return names
}

/** A stored file: where it is (bucket key or disk path), its name, and when it was written. */
type StoredFile = { name: string; modifiedAt: Date; remove: () => Promise<void> }

async function storedFiles(collection: UploadCollection): Promise<StoredFile[]> {
  const settings = bucketSettings()
  if (settings)
    return (await listObjects(settings, `${collection}/`)).map((object: StoredObject) => ({
      name: object.key.slice(collection.length + 1),
      modifiedAt: object.modifiedAt,
      remove: () => deleteObject(settings, object.key),
    }))
  const folder = uploadDir(collection)
  const entries = await fs.readdir(folder, { withFileTypes: true }).catch(() => [])
  return Promise.all(
    entries
      .filter((entry) => entry.isFile())
      .map(async (entry) => {
        const file = path.join(folder, entry.name)
        return {
          name: entry.name,
          modifiedAt: (await fs.stat(file)).mtime,
          remove: () => fs.rm(file, { force: true }),
        }
      }),
  )
}

/** Deletes the files older than ORPHAN_AFTER_MS that no record holds; returns their names. */
export async function sweepOrphanFiles(payload: Payload, now = Date.now()): Promise<string[]> {
  const removed: string[] = []
  for (const collection of UPLOAD_COLLECTIONS) {
    // Listed before the records are read: a file whose record commits in between is held by then.
    const files = (await storedFiles(collection)).filter(
      (file) => now - file.modifiedAt.getTime() > ORPHAN_AFTER_MS,
    )
    if (!files.length) continue
    const held = await namesHeld(payload, collection)
    for (const file of files.filter((candidate) => !held.has(candidate.name))) {
      await file.remove()
      removed.push(`${collection}/${file.name}`)
    }
  }
  if (removed.length)
    payload.logger.warn(
      `Removed ${removed.length} uploaded file(s) no record holds: ${removed.join(', ')}`,
    )
  return removed
}
