import type { CollectionBeforeChangeHook } from 'payload'

import { claim, greatestClaim } from '@/lib/claims'
import type { Submission } from '@/payload-types'

/** Numbers tried past the greatest one seen before giving up: parallel senders take the ones before. */
const TRIES = 50

const claimKey = (reference: string) => `submission-reference:${reference}`

/**
 * Gives each submission a reference the author can quote, e.g. TT-2026-0042, numbered per year.
 * Submissions arriving together, through one server or several, all read the same highest
 * reference before any of them is stored (the row is written only after the hooks and the file
 * upload), so each number is claimed in the database first (src/lib/claims.ts): exactly one
 * sender gets it, the others take the next. It follows the highest number stored or claimed (not
 * the count: a refused submission leaves a gap). The look-up is a system one (the submitter cannot
 * read submissions).
 */
export const assignReference: CollectionBeforeChangeHook<Submission> = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create') return data
  const { payload } = req
  const prefix = `TT-${new Date().getUTCFullYear()}-`
  const [{ docs }, claimed] = await Promise.all([
    payload.find({
      collection: 'submissions',
      where: { reference: { like: prefix } },
      // Zero-padded, so the text order is the numeric order up to 9999 a year.
      sort: '-reference',
      limit: 1,
      depth: 0,
      select: { reference: true },
      req,
    }),
    greatestClaim(payload, claimKey(prefix)),
  ])
  const numberOf = (reference: string | null | undefined) =>
    Number(reference?.slice(prefix.length)) || 0
  const highest = Math.max(
    numberOf(docs[0]?.reference),
    numberOf(claimed?.slice(claimKey('').length)),
  )
  for (let number = highest + 1; number <= highest + TRIES; number++) {
    const reference = `${prefix}${String(number).padStart(4, '0')}`
    if (await claim(payload, claimKey(reference))) return { ...data, reference }
  }
  throw new Error(`No free submission reference after ${prefix}${highest}`)
}
