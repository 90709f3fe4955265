import type { Payload } from 'payload'

/**
 * Claims: names that only one caller may ever take, however many server processes race for them,
 * such as "the jobs runner for this second" or "submission reference TT-2026-0042". A claim is a
 * key in Payload's key-value collection (`payload_kv`), whose key is unique: the database lets
 * exactly one insert of a key through. Written through the adapter, outside any transaction, so
 * that a claim is final the moment it is made.
 */
const KV = 'payload-kv'

/** Whether this caller got `key` (false: someone has it, or the database did not answer). */
export async function claim(payload: Payload, key: string): Promise<boolean> {
  try {
    await payload.db.create({
      collection: KV,
      data: { key, data: { at: new Date().toISOString() } },
      req: {},
      returning: false,
    })
    return true
  } catch {
    return false
  }
}

/** The greatest key claimed so far that starts with `prefix` (in text order), if any. */
export async function greatestClaim(payload: Payload, prefix: string): Promise<string | undefined> {
  const { docs } = await payload.db.find({
    collection: KV,
    where: { key: { like: prefix } },
    sort: '-key',
    limit: 1,
    pagination: false,
    req: {},
  })
  const key = (docs[0] as { key?: string } | undefined)?.key
  return key?.startsWith(prefix) ? key : undefined
}

/** Forgets the claims under `prefix` other than `kept`: ones that decide nothing any more. */
export async function forgetClaims(payload: Payload, prefix: string, kept: string): Promise<void> {
  await payload.db
    .deleteMany({
      collection: KV,
      req: {},
      where: { and: [{ key: { like: prefix } }, { key: { not_equals: kept } }] },
    })
    .catch(() => undefined)
}
