/**
 * A real S3-protocol server on loopback (s3rver: buckets as folders in a temporary directory),
 * so the object-storage tests talk to the SDK's real HTTP requests and signatures, not a mock.
 */
import fs from 'node:fs'
import path from 'node:path'

import { S3 } from '@aws-sdk/client-s3'
import S3rver from 's3rver'

import { bucketSettings, type BucketSettings } from '@/lib/storage'

export type ObjectStore = {
  /** The S3_* variables that point the site at this server's bucket. */
  env: Record<string, string>
  settings: BucketSettings
  /** Every key in the bucket, sorted. */
  keys: () => Promise<string[]>
  /** Stops the server; a second call does nothing. */
  close: () => Promise<void>
}

export async function startObjectStore(folder: string, bucket = 'thinktank'): Promise<ObjectStore> {
  fs.mkdirSync(folder, { recursive: true })
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: path.join(folder, 's3rver'),
    configureBuckets: [{ name: bucket }],
  })
  const { port } = await server.run()
  const env = {
    S3_BUCKET: bucket,
    S3_REGION: 'us-east-1',
    S3_ENDPOINT: `http://127.0.0.1:${port}`,
    // s3rver's fixed test keys; it checks the signature made with them.
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
    S3_FORCE_PATH_STYLE: 'true',
  }
  const settings = bucketSettings(env)!
  const s3 = new S3(settings.client)
  let closed = false
  return {
    env,
    settings,
    keys: async () => {
      const page = await s3.listObjectsV2({ Bucket: bucket })
      return (page.Contents ?? []).map((object) => object.Key!).sort()
    },
    // Once: a test may stop the store early to see the site cope without it.
    close: async () => {
      if (closed) return
      closed = true
      s3.destroy()
      await server.close()
    },
  }
}
