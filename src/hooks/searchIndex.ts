import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { wasLiveBefore } from '@/hooks/revalidateSite'
import type { SearchType } from '@/lib/database'
import { reindexArticlesBy, reindexDocument, unindexDocument } from '@/lib/search/indexer'
import type { Article, Author } from '@/payload-types'

/**
 * Publishing, editing a live article, translating it, unpublishing it: the index holds what readers
 * see. A draft of an article never published leaves it alone (nothing to show, nothing to remove).
 */
export const indexArticle: CollectionAfterChangeHook<Article> = async ({ doc, req }) => {
  // Whether it was live comes from the live document, not `previousDoc` (the latest version): after
  // "Publish in …" the latest version is the rest of the working copy, a draft.
  if (doc._status === 'published' || wasLiveBefore(req, 'articles', doc.id))
    await reindexDocument(req.payload, req, 'article', doc.id)
  return doc
}

/** An author's own entry, and, after a rename, the articles that carry the name. */
export const indexAuthor: CollectionAfterChangeHook<Author> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  await reindexDocument(req.payload, req, 'author', doc.id)
  if (operation === 'update' && previousDoc?.name !== doc.name)
    await reindexArticlesBy(req.payload, req, doc.id)
  return doc
}

export const indexTopic: CollectionAfterChangeHook = async ({ doc, req }) => {
  await reindexDocument(req.payload, req, 'topic', doc.id)
  return doc
}

export const unindexAfterDelete =
  (type: SearchType): CollectionAfterDeleteHook =>
  async ({ doc, req }) => {
    await unindexDocument(req.payload, req, type, doc.id)
    return doc
  }
