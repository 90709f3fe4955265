/**
 * The one place that knows where uploaded files live: S3-compatible object storage when S3_BUCKET
 * is set (settings.ts), else the local disk under UPLOAD_DIR. Either way Payload's own file routes
 * (/api/media/file/…, /api/submissions/file/…) serve them after checking read access.
 */
import fs from 'node:fs/promises'
import path from 'node:path'

import { s3Storage } from '@payloadcms/storage-s3'
import type { Config, Field, Plugin } from 'payload'

import { uploadDir, type UploadCollection } from '../paths'
import { getObject } from './objects'
import { bucketSettings } from './settings'

export { bucketSettings, type BucketSettings } from './settings'
export { downloadBucket, uploadToBucket, type ContentTypes } from './objects'

/** Where each collection's files go in the bucket: the same folders as on disk. */
const COLLECTION_PREFIXES = { media: { prefix: 'media' }, submissions: { prefix: 'submissions' } }

/** Fields the storage plugin adds that place an object in the bucket: no API may set them. */
const PLACEMENT_FIELDS = new Set(['prefix', '_objectKey'])

/**
 * A reader could otherwise send `prefix` with an upload and choose the object's folder. Set
 * only by the plugin's own hooks, which run after access is applied.
 */
function lockPlacement(field: Field): Field {
  if (!('name' in field) || !PLACEMENT_FIELDS.has(field.name)) return field
  return { ...field, access: { create: () => false, update: () => false } } as Field
}

const lockPlacementFields = (config: Config): Config => ({
  ...config,
  collections: config.collections?.map((collection) =>
    collection.upload
      ? { ...collection, fields: collection.fields.map(lockPlacement) }
      : collection,
  ),
})

/**
 * The storage plugin for payload.config.ts. Without a bucket it is switched off but still adds
 * its columns (`alwaysInsertFields`), so disk and bucket share one schema and one set of
 * migrations. Deliberately left at their defaults: `disablePayloadAccessControl` (it would hand
 * out the bucket's own address), `signedDownloads` (a presigned URL works for whoever holds it),
 * `generateFileURL`, `acl` (objects stay private) and `clientUploads` (a browser uploading
 * straight to the bucket would skip the content checks of src/collections).
 */
export function storagePlugin(env: Record<string, string | undefined> = process.env): Plugin {
  const settings = bucketSettings(env)
  const uploads = s3Storage({
    enabled: Boolean(settings),
    alwaysInsertFields: true,
    bucket: settings?.bucket ?? '',
    config: settings?.client ?? {},
    // One cached client per store: the tests start several on one process.
    clientCacheKey: `s3:${String(settings?.client.endpoint ?? '')}:${settings?.bucket ?? ''}`,
    // Keys are `<collection>/<filename>`, the layout of UPLOAD_DIR.
    useCompositePrefixes: true,
    collections: COLLECTION_PREFIXES,
  })
  return async (config) => lockPlacementFields(await uploads(config))
}

/** An uploaded file's bytes (a manuscript to convert), from the bucket or the disk. */
export async function readUpload(collection: UploadCollection, filename: string): Promise<Buffer> {
  const name = path.basename(filename)
  const settings = bucketSettings()
  if (settings) return getObject(settings, `${collection}/${name}`)
  return fs.readFile(path.join(uploadDir(collection), name))
}
