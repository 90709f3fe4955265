import path from 'node:path'

/** The upload collections: their files live on disk or in the bucket (src/lib/storage). */
export const UPLOAD_COLLECTIONS = ['media', 'site-icons', 'submissions'] as const
export type UploadCollection = (typeof UPLOAD_COLLECTIONS)[number]

/**
 * Uploaded files live under UPLOAD_DIR (default ./data/uploads), never in Next's `public/`:
 * Payload serves them through its own file routes, which check read access first.
 */
export function uploadDir(collection: UploadCollection): string {
  return path.join(uploadRoot(), collection)
}

/** UPLOAD_DIR itself: the folder of every collection's files. */
export const uploadRoot = () =>
  path.resolve(process.cwd(), process.env.UPLOAD_DIR || 'data/uploads')
