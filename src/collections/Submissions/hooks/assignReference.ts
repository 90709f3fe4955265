import type { CollectionBeforeChangeHook } from 'payload'

import type { Submission } from '@/payload-types'

/**
 * Gives each submission a reference the author can quote, e.g. TT-2026-0042, numbered per year.
 * The count is a system look-up (the submitter cannot read submissions), and the unique index
 * on `reference` refuses the rare duplicate of two submissions in the same instant.
 */
export const assignReference: CollectionBeforeChangeHook<Submission> = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const year = new Date().getUTCFullYear()
  const prefix = `TT-${year}-`
  const { totalDocs } = await req.payload.count({
    collection: 'submissions',
    where: { reference: { like: prefix } },
    req,
  })
  return { ...data, reference: `${prefix}${String(totalDocs + 1).padStart(4, '0')}` }
}
