/**
 * The bucket's objects read and written directly, for what Payload's file routes do not do:
 * reading a manuscript to convert it, and copying every object into a snapshot and back.
 */
import fs from 'node:fs'
import path from 'node:path'

import { S3 } from '@aws-sdk/client-s3'

import type { BucketSettings } from './settings'

const client = (settings: BucketSettings) => new S3(settings.client)

/** An object's bytes and the content type it was stored with. */
async function fetchObject(
  settings: BucketSettings,
  key: string,
): Promise<{ body: Buffer; contentType?: string }> {
  const object = await client(settings).getObject({ Bucket: settings.bucket, Key: key })
  if (!object.Body) throw new Error(`The object ${key} has no body`)
  return {
    body: Buffer.from(await object.Body.transformToByteArray()),
    contentType: object.ContentType,
  }
}

export const getObject = async (settings: BucketSettings, key: string) =>
  (await fetchObject(settings, key)).body

/** Resolves once the store answers for the bucket (it exists and these credentials may use it). */
export async function pingBucket(settings: BucketSettings): Promise<void> {
  await client(settings).headBucket({ Bucket: settings.bucket })
}

/** Each object's content type by key: Payload's file route answers with the stored one. */
export type ContentTypes = Record<string, string>

/** An object's key and when it was last written. */
export type StoredObject = { key: string; modifiedAt: Date }

/** Every object in the bucket (under `prefix`), page by page (S3 lists at most 1,000 at a time). */
async function allObjects(s3: S3, bucket: string, prefix?: string): Promise<StoredObject[]> {
  const objects: StoredObject[] = []
  let token: string | undefined
  do {
    const page = await s3.listObjectsV2({
      Bucket: bucket,
      Prefix: prefix,
      ContinuationToken: token,
    })
    for (const object of page.Contents ?? [])
      if (object.Key)
        objects.push({ key: object.Key, modifiedAt: object.LastModified ?? new Date() })
    token = page.IsTruncated ? page.NextContinuationToken : undefined
  } while (token)
  return objects
}

const allKeys = async (s3: S3, bucket: string) =>
  (await allObjects(s3, bucket)).map((object) => object.key)

/** The objects under `prefix` (`media/`), for the sweep of files no record holds (sweep.ts). */
export const listObjects = (settings: BucketSettings, prefix: string) =>
  allObjects(client(settings), settings.bucket, prefix)

export async function deleteObject(settings: BucketSettings, key: string): Promise<void> {
  await client(settings).deleteObject({ Bucket: settings.bucket, Key: key })
}

/** A key must stay inside the snapshot folder when it becomes a path: `..` parts are refused. */
function pathOfKey(folder: string, key: string): string {
  const file = path.resolve(folder, key)
  if (!file.startsWith(path.resolve(folder) + path.sep))
    throw new Error(`The object key ${key} points outside ${folder}`)
  return file
}

/**
 * Copies every object into `folder`, key = relative path (media/x.webp → folder/media/x.webp),
 * and returns their content types for the snapshot's manifest.
 */
export async function downloadBucket(
  settings: BucketSettings,
  folder: string,
): Promise<ContentTypes> {
  const contentTypes: ContentTypes = {}
  for (const key of await allKeys(client(settings), settings.bucket)) {
    const file = pathOfKey(folder, key)
    const object = await fetchObject(settings, key)
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, object.body)
    if (object.contentType) contentTypes[key] = object.contentType
  }
  return contentTypes
}

/**
 * Replaces the bucket's contents by the files under `folder`: objects not in the snapshot are
 * deleted, so the bucket matches the restored database exactly.
 */
export async function uploadToBucket(
  settings: BucketSettings,
  folder: string,
  contentTypes: ContentTypes,
): Promise<void> {
  const s3 = client(settings)
  for (const key of await allKeys(s3, settings.bucket))
    await s3.deleteObject({ Bucket: settings.bucket, Key: key })
  if (!fs.existsSync(folder)) return
  const files = fs
    .readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
  for (const file of files) {
    const key = path.relative(folder, file).split(path.sep).join('/')
    await s3.putObject({
      Bucket: settings.bucket,
      Key: key,
      Body: fs.readFileSync(file),
      ContentType: contentTypes[key],
    })
  }
}
