import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

import { idOf, sameId } from '@/lib/relations'
import type { Comment } from '@/payload-types'

/**
 * A comment must hang under an article the caller can read with comments on, and a reply under an
 * approved top-level comment of the same article. The look-ups run with the caller's own access,
 * so a reader cannot comment on a draft or reply to a held comment by guessing ids.
 */
export const checkThread: CollectionBeforeValidateHook<Comment> = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create' || !data) return data
  const articleId = data.article ? idOf(data.article) : undefined
  // Any parent that was sent is checked, falsy ones too (`0`, `""`): unchecked, they reached the
  // database's foreign key (a 500 found by the fuzzer).
  const parentId = data.parent === undefined || data.parent === null ? undefined : idOf(data.parent)

  const article = articleId
    ? await req.payload
        .findByID({
          collection: 'articles',
          id: articleId,
          depth: 0,
          req,
          overrideAccess: false,
          disableErrors: true,
        })
        .catch(() => null)
    : null
  if (!article) {
    throw new ValidationError({
      collection: 'comments',
      errors: [{ path: 'article', message: 'This article does not exist.' }],
    })
  }
  if (article.commentsEnabled === false) {
    throw new ValidationError({
      collection: 'comments',
      errors: [{ path: 'article', message: 'Comments are closed on this article.' }],
    })
  }

  if (parentId !== undefined) {
    const parent = await req.payload
      .findByID({
        collection: 'comments',
        id: parentId,
        depth: 0,
        req,
        overrideAccess: false,
        disableErrors: true,
      })
      .catch(() => null)
    const sameArticle = parent && sameId(idOf(parent.article), article.id)
    if (!parent || !sameArticle || parent.parent) {
      throw new ValidationError({
        collection: 'comments',
        errors: [
          { path: 'parent', message: 'You can only reply to a published comment on this article.' },
        ],
      })
    }
  }
  return data
}
