/**
 * The one place that knows where uploaded files live: S3-compatible object storage when S3_BUCKET
 * is set (settings.ts), else the local disk under UPLOAD_DIR. Either way Payload's own file routes
 * (/api/media/file/…, /api/submissions/file/…) serve them after checking read access.
 */
import fs from 'node:fs/promises'
import path from 'node:path'

import { s3Storage } from '@payloadcms/storage-s3'
import type { CollectionAfterChangeHook, CollectionConfig, Field, Plugin } from 'payload'

import { inOpenTransaction } from '../database'
import { uploadDir, uploadRoot, type UploadCollection } from '../paths'
import { getObject, pingBucket } from './objects'
import { bucketSettings } from './settings'

export { bucketSettings, type BucketSettings } from './settings'
export { downloadBucket, uploadToBucket, type ContentTypes } from './objects'

/** Where each collection's files go in the bucket: the same folders as on disk. */
const COLLECTION_PREFIXES = {
  media: { prefix: 'media' },
  'site-icons': { prefix: 'site-icons' },
  submissions: { prefix: 'submissions' },
}

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

/**
 * The plugin stores the file in an afterChange hook, after the record is written. Where the
 * engine has transactions (PostgreSQL) a failure there rolls the record back; SQLite has none
 * here (src/lib/database/sqlite.ts), so a new record whose file the store refused is deleted
 * again: an upload is stored whole or not at all on every engine.
 */
function removeRecordWhenStoreFails(
  storeFile: CollectionAfterChangeHook,
): CollectionAfterChangeHook {
  return async (args) => {
    try {
      return await storeFile(args)
    } catch (error) {
      if (args.operation === 'create' && !inOpenTransaction(args.req))
        await args.req.payload
          .delete({
            collection: args.collection.slug as UploadCollection,
            id: args.doc.id,
            overrideAccess: true,
            req: args.req,
          })
          .catch(() => undefined)
      throw error
    }
  }
}

/**
 * Closes the placement fields of a collection the plugin serves and, when the bucket is in use,
 * wraps the plugin's file-storing hook, which it appends last to afterChange (switched off, it
 * adds none).
 */
function hardenUploads(collection: CollectionConfig, inBucket: boolean): CollectionConfig {
  if (!(collection.slug in COLLECTION_PREFIXES)) return collection
  const fields = collection.fields.map(lockPlacement)
  const afterChange = [...(collection.hooks?.afterChange ?? [])]
  const storeFile = inBucket ? afterChange.pop() : undefined
  if (!storeFile) return { ...collection, fields }
  return {
    ...collection,
    fields,
    hooks: {
      ...collection.hooks,
      afterChange: [...afterChange, removeRecordWhenStoreFails(storeFile)],
    },
  }
}

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
  return async (config) => {
    const stored = await uploads(config)
    return {
      ...stored,
      collections: stored.collections?.map((collection) =>
        hardenUploads(collection, Boolean(settings)),
      ),
    }
  }
}

/** An uploaded file's bytes (a manuscript to convert), from the bucket or the disk. */
export async function readUpload(collection: UploadCollection, filename: string): Promise<Buffer> {
  const name = path.basename(filename)
  const settings = bucketSettings()
  if (settings) return getObject(settings, `${collection}/${name}`)
  return fs.readFile(path.join(uploadDir(collection), name))
}

/**
 * Resolves once new files can be stored: the bucket answers, or UPLOAD_DIR exists (made if need
 * be, as Payload would at the first upload) and this process may write there.
 */
export async function pingStorage(): Promise<void> {
  const settings = bucketSettings()
  if (settings) return pingBucket(settings)
  await fs.mkdir(uploadRoot(), { recursive: true })
  await fs.access(uploadRoot(), fs.constants.W_OK)
}
