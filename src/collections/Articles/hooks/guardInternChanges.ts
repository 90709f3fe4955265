import { Forbidden, ValidationError, type CollectionBeforeValidateHook } from 'payload'

import { authorIdOf, userIsEditor } from '@/access/roles'
import type { Article } from '@/payload-types'
import { idOf } from '@/lib/relations'

/**
 * Interns write drafts; only editors publish or send changes back. Every write that would publish
 * (`_status: 'published'`) by an intern is refused (403): REST, GraphQL, bulk updates, restored
 * versions and jobs acting for an intern all pass through this hook.
 * System actions without a user (seed, migrations) are not affected.
 */
export const guardInternChanges: CollectionBeforeValidateHook<Article> = ({ data, originalDoc, req }) => {
  const { user } = req
  if (!user || userIsEditor(user) || !data) return data

  if (data._status === 'published') {
    throw new Forbidden(req.t)
  }

  // An intern may send a draft for review (or withdraw it), never mark it "changes requested".
  if (data.reviewState === 'changes-requested' && originalDoc?.reviewState !== 'changes-requested') {
    data.reviewState = originalDoc?.reviewState ?? 'none'
  }

  const authorId = authorIdOf(user)
  if (authorId === undefined) {
    throw new Forbidden(req.t)
  }
  if (data.authors !== undefined) {
    const ids = (data.authors ?? []).map(idOf)
    if (!ids.some((id) => String(id) === String(authorId))) {
      throw new ValidationError({
        collection: 'articles',
        errors: [{ path: 'authors', message: 'Keep yourself among the authors of your own draft.' }],
      })
    }
  }
  return data
}
