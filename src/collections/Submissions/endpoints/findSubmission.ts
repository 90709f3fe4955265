import type { PayloadRequest } from 'payload'

import { problem } from '@/lib/problem'
import { plausibleId } from '@/lib/relations'
import type { Submission } from '@/payload-types'

/**
 * The submission a custom endpoint's `:id` names, read with the caller's own access; or the 404
 * that answers when there is none they may read.
 */
export async function findSubmission(req: PayloadRequest): Promise<Submission | Response> {
  const id = String(req.routeParams?.id ?? '')
  if (!plausibleId(id)) return problem(404, 'id', 'No submission with this id.')
  const submission = await req.payload
    .findByID({ collection: 'submissions', id, depth: 0, overrideAccess: false, req })
    .catch(() => null)
  return submission ?? problem(404, 'id', `No submission with id ${id}.`)
}
