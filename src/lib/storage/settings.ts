/**
 * Which store holds the uploaded files, read from the environment in one place. S3_BUCKET picks
 * S3-compatible object storage; without it, files stay on the local disk under UPLOAD_DIR.
 */
import type { S3ClientConfig } from '@aws-sdk/client-s3'

export type BucketSettings = { bucket: string; client: S3ClientConfig }

const BOOLEAN_FORMS = 'true or false'

/** S3_FORCE_PATH_STYLE: a typo must not silently switch to virtual-host addresses. */
function pathStyle(value: string | undefined): boolean {
  const text = value?.trim().toLowerCase() || 'false'
  if (text === 'true' || text === 'false') return text === 'true'
  throw new Error(`S3_FORCE_PATH_STYLE "${value}" is not supported. Use ${BOOLEAN_FORMS}.`)
}

/** Both keys or neither: neither lets the SDK find credentials itself (instance role, ~/.aws). */
function credentials(env: Record<string, string | undefined>): S3ClientConfig['credentials'] {
  const accessKeyId = env.S3_ACCESS_KEY_ID?.trim()
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY?.trim()
  if (!accessKeyId && !secretAccessKey) return undefined
  if (!accessKeyId || !secretAccessKey)
    throw new Error('Set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither.')
  return { accessKeyId, secretAccessKey }
}

/** The bucket and its client's settings, or null when uploads stay on the local disk. */
export function bucketSettings(
  env: Record<string, string | undefined> = process.env,
): BucketSettings | null {
  const bucket = env.S3_BUCKET?.trim()
  if (!bucket) return null
  return {
    bucket,
    client: {
      region: env.S3_REGION?.trim() || 'us-east-1',
      endpoint: env.S3_ENDPOINT?.trim() || undefined,
      forcePathStyle: pathStyle(env.S3_FORCE_PATH_STYLE),
      credentials: credentials(env),
      // Since 2025 the SDK adds CRC32 checksums to every request and checks them on answers;
      // many S3-compatible stores (MinIO before 2025, Ceph, s3rver, older Garage) refuse or omit
      // them. Only the operations that S3 itself requires a checksum for get one.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    },
  }
}
