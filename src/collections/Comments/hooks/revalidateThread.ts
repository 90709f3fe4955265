import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { revalidateSite } from '@/lib/revalidate'
import type { Comment } from '@/payload-types'

/** Approving, rejecting or deleting a visible comment changes the article page and the comment counts. */
export const revalidateThread: CollectionAfterChangeHook<Comment> = ({ doc, previousDoc, req }) => {
  if (doc.status === 'approved' || previousDoc?.status === 'approved') revalidateSite(req)
  return doc
}

export const revalidateDeletedComment: CollectionAfterDeleteHook<Comment> = ({ doc, req }) => {
  if (doc.status === 'approved') revalidateSite(req)
  return doc
}
