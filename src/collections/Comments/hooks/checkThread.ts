import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

import { idOf, sameId } from '@/lib/relations'
import type { Comment } from '@/payload-types'

/**
 * A comment must hang under an article the caller can read with comments on, and a reply under an
 * approved top-level comment of the same article. The look-ups run with the caller's own access,
 * so a reader cannot comment on a draft or reply to a held comment by guessing ids.
 */
export const checkThread: CollectionBeforeValidateHook<Comment> = async ({ data, operation, req }) => {
  if (operation !== 'create' || !data) return data
  const articleId = data.article ? idOf(data.article) : undefined
  const parentId = data.parent ? idOf(data.parent) : undefined

  const article = articleId
    ? await req.payload
        .findByID({ collection: 'articles', id: articleId, depth: 0, req, overrideAccess: false, disableErrors: true })
        .catch(() => null)
    : null
  if (!article) {
    throw new ValidationError({ collection: 'comments', errors: [{ path: 'article', message: 'This article does not exist.' }] })
  }
  if (article.commentsEnabled === false) {
    throw new ValidationError({
      collection: 'comments',
      errors: [{ path: 'article', message: 'Comments are closed on this article.' }],
    })
  }

  if (parentId !== undefined && parentId !== null) {
    const parent = await req.payload
      .findByID({ collection: 'comments', id: parentId, depth: 0, req, overrideAccess: false, disableErrors: true })
      .catch(() => null)
    const sameArticle = parent && sameId(idOf(parent.article), article.id)
    if (!parent || !sameArticle || parent.parent) {
      throw new ValidationError({
        collection: 'comments',
        errors: [{ path: 'parent', message: 'You can only reply to a published comment on this article.' }],
      })
    }
  }
  return data
}
