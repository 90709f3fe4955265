import type { Endpoint, PayloadRequest } from 'payload'

import { demand } from '@/access'
import { adminT } from '@/i18n/admin'
import { problem } from '@/lib/problem'
import { idOf, plausibleId } from '@/lib/relations'

import { COMMENT_LIMITS } from '../limits'

const findComment = (req: PayloadRequest, id: string) =>
  req.payload
    .findByID({ collection: 'comments', id, depth: 0, overrideAccess: false, req })
    .catch(() => null)

/**
 * A moderator's reply as the think tank: POST /api/comments/:id/reply `{ body }`. It is published
 * at once under the comment's thread (a reply to a reply joins its top-level comment: threads
 * have one level), named after the moderator and marked as staff (hooks/markStaffReply.ts), so the
 * site shows the team badge and the reader who asked for replies is told, as for any reply.
 */
export const reply: Endpoint = {
  path: '/:id/reply',
  method: 'post',
  handler: async (req) => {
    demand(req, 'comments', 'moderate', {
      anonymous: 'Log in as an editor to reply as staff.',
      forbidden: 'Only editors reply to comments as staff.',
    })
    const { user } = req
    const id = String(req.routeParams?.id ?? '')
    const target = plausibleId(id) ? await findComment(req, id) : null
    if (!target) return problem(404, 'id', `No comment with id ${id}.`)

    const input = (await req.json?.().catch(() => null)) as { body?: unknown } | null
    const body = typeof input?.body === 'string' ? input.body.trim() : ''
    if (!body || body.length > COMMENT_LIMITS.body) {
      return problem(400, 'body', `body must be a text of 1 to ${COMMENT_LIMITS.body} characters.`)
    }
    const thread = target.parent ? await findComment(req, String(idOf(target.parent))) : target
    // A reply under a held comment would not be shown: the moderator decides on the comment first.
    if (thread?.status !== 'approved') {
      return problem(409, 'status', adminT(req.t)('cms:staffReply:approveFirst'))
    }
    const created = await req.payload.create({
      collection: 'comments',
      data: {
        article: idOf(thread.article),
        parent: thread.id,
        authorName: user.name,
        authorEmail: user.email,
        body,
        status: 'approved',
        language: thread.language,
        notifyOnReply: false,
      },
      overrideAccess: false,
      req,
      context: { staffReply: true },
    })
    return Response.json({ doc: created }, { status: 201 })
  },
}
