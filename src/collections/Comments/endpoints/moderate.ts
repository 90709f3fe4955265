import type { Endpoint } from 'payload'

import { demand } from '@/access'
import { inTransaction } from '@/lib/database'
import { problem } from '@/lib/problem'
import { plausibleId } from '@/lib/relations'

/** The statuses a moderator sets in one click; "pending" is where comments start, not a verdict. */
export const MODERATION_VERDICTS = ['approved', 'spam', 'rejected'] as const
type Verdict = (typeof MODERATION_VERDICTS)[number]
const isVerdict = (value: unknown): value is Verdict =>
  MODERATION_VERDICTS.includes(value as Verdict)

/** The most comments one click moderates: a list page's worth and more, never an unbounded write. */
export const MODERATION_BATCH_LIMIT = 100

/**
 * One-click moderation of one comment or a selection: POST /api/comments/moderate
 * `{ ids: [...], status: 'approved' | 'spam' | 'rejected' }`. All of them or none: an unknown id
 * is refused (404 naming `ids`) before anything is written, and a failed write undoes the others.
 * Each write is the moderator's own (overrideAccess: false), so the collection's hooks run as for
 * a Save in the edit view (the reply notification among them).
 */
export const moderate: Endpoint = {
  path: '/moderate',
  method: 'post',
  handler: async (req) => {
    demand(req, 'comments', 'moderate', {
      anonymous: 'Log in as an editor to moderate comments.',
      forbidden: 'Only editors moderate comments.',
    })
    const body = (await req.json?.().catch(() => null)) as { ids?: unknown; status?: unknown }
    const status = body?.status
    if (!isVerdict(status)) {
      return problem(400, 'status', `status must be one of ${MODERATION_VERDICTS.join(', ')}.`)
    }
    const ids = body?.ids
    if (
      !Array.isArray(ids) ||
      ids.length === 0 ||
      ids.length > MODERATION_BATCH_LIMIT ||
      !ids.every(
        (id) => (typeof id === 'string' || typeof id === 'number') && plausibleId(String(id)),
      )
    ) {
      return problem(
        400,
        'ids',
        `ids must be a list of 1 to ${MODERATION_BATCH_LIMIT} comment ids.`,
      )
    }
    const unique = [...new Set(ids.map(String))]
    // One look-up each: an id of the wrong shape for this engine is simply not found, and named.
    const lookups = await Promise.all(
      unique.map((id) =>
        req.payload
          .findByID({ collection: 'comments', id, depth: 0, overrideAccess: false, req })
          .catch(() => null),
      ),
    )
    const docs = lookups.filter((doc) => doc !== null)
    const missing = unique.filter((_, index) => lookups[index] === null)
    if (missing.length) return problem(404, 'ids', `No comments with ids ${missing.join(', ')}.`)

    return inTransaction(req, async (onRollback) => {
      for (const doc of docs) {
        if (doc.status === status) continue
        await req.payload.update({
          collection: 'comments',
          id: doc.id,
          data: { status },
          overrideAccess: false,
          req,
        })
        onRollback(() =>
          req.payload.update({
            collection: 'comments',
            id: doc.id,
            data: { status: doc.status },
            overrideAccess: false,
            req,
          }),
        )
      }
      return Response.json({ status, ids: docs.map((doc) => doc.id) })
    })
  },
}
