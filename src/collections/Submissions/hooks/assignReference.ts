import type { CollectionBeforeChangeHook } from 'payload'

import type { Submission } from '@/payload-types'

/**
 * The highest number this process has handed out per prefix. Submissions arriving together all
 * read the same highest stored reference before any of them is inserted (the row is written only
 * after the hooks and the file upload); without this, they took the same number and all but one
 * were refused by the unique index (found by `npm run reliability:load`: 38 of 50 concurrent
 * submissions answered 400). JavaScript runs this hook's synchronous tail without interleaving, so
 * within the one server process the numbers are distinct; the unique index still guards the rest.
 */
const lastIssued = new Map<string, number>()

/**
 * Gives each submission a reference the author can quote, e.g. TT-2026-0042, numbered per year.
 * It follows the highest stored one (not the count: a refused submission leaves a gap, and a count
 * would then hand out a number already taken). The look-up is a system one (the submitter cannot
 * read submissions).
 */
export const assignReference: CollectionBeforeChangeHook<Submission> = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create') return data
  const prefix = `TT-${new Date().getUTCFullYear()}-`
  const { docs } = await req.payload.find({
    collection: 'submissions',
    where: { reference: { like: prefix } },
    // Zero-padded, so the text order is the numeric order up to 9999 a year.
    sort: '-reference',
    limit: 1,
    depth: 0,
    select: { reference: true },
    req,
  })
  const highestStored = Number(docs[0]?.reference?.slice(prefix.length)) || 0
  const number = Math.max(highestStored, lastIssued.get(prefix) ?? 0) + 1
  lastIssued.set(prefix, number)
  return { ...data, reference: `${prefix}${String(number).padStart(4, '0')}` }
}
