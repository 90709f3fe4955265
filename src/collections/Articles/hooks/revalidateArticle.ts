import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { revalidateSite } from '@/lib/revalidate'
import type { Article } from '@/payload-types'

/**
 * Drafts and autosaves are invisible to readers, so they leave the cache alone; publishing,
 * editing a live article and unpublishing refresh it.
 */
export const revalidateArticle: CollectionAfterChangeHook<Article> = async ({
  doc,
  previousDoc,
  req,
}) => {
  if (doc._status === 'published' || previousDoc?._status === 'published') await revalidateSite(req)
  return doc
}

export const revalidateDeletedArticle: CollectionAfterDeleteHook<Article> = async ({
  doc,
  req,
}) => {
  if (doc._status === 'published') await revalidateSite(req)
  return doc
}
