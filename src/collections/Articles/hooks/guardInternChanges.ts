import { Forbidden, ValidationError, type CollectionBeforeValidateHook } from 'payload'

import { canAlways } from '@/access/gate'
import { authorIdOf } from '@/access/roles'
import { adminT } from '@/i18n/admin'
import type { Article } from '@/payload-types'
import { idOf } from '@/lib/relations'

/**
 * The rules of src/access/permissions.ts that depend on what a write contains, which Payload's
 * access functions do not see for every path: `articles.publish` (a write that would make a version
 * live, `_status: 'published'`, is refused with 403 on REST, GraphQL, bulk updates, restored
 * versions and jobs acting for a user) and `articles.requestChanges`. A user who may update only a
 * scope (an intern's co-authored drafts) must also stay inside it: keep themselves among the authors.
 * System actions without a user (seed, migrations) are not affected.
 */
export const guardInternChanges: CollectionBeforeValidateHook<Article> = ({
  data,
  originalDoc,
  req,
}) => {
  const { user } = req
  if (!user || !data) return data

  if (data._status === 'published' && !canAlways(user, 'articles', 'publish')) {
    throw new Forbidden(req.t)
  }

  // Without the right to request changes, a draft may be sent for review (or withdrawn), never marked "changes requested".
  if (
    data.reviewState === 'changes-requested' &&
    originalDoc?.reviewState !== 'changes-requested' &&
    !canAlways(user, 'articles', 'requestChanges')
  ) {
    data.reviewState = originalDoc?.reviewState ?? 'none'
  }

  if (canAlways(user, 'articles', 'update')) return data

  const authorId = authorIdOf(user)
  if (authorId === undefined) {
    throw new Forbidden(req.t)
  }
  if (data.authors !== undefined) {
    const ids = (data.authors ?? []).map(idOf)
    if (!ids.some((id) => String(id) === String(authorId))) {
      throw new ValidationError({
        collection: 'articles',
        errors: [{ path: 'authors', message: adminT(req.t)('cms:review:keepYourself') }],
      })
    }
  }
  return data
}
