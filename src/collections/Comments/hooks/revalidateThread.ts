import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { revalidateSite } from '@/lib/revalidate'
import type { Comment } from '@/payload-types'

/** Approving, rejecting or deleting a visible comment changes the article page and the comment counts. */
export const revalidateThread: CollectionAfterChangeHook<Comment> = async ({
  doc,
  previousDoc,
  req,
}) => {
  if (doc.status === 'approved' || previousDoc?.status === 'approved') await revalidateSite(req)
  return doc
}

export const revalidateDeletedComment: CollectionAfterDeleteHook<Comment> = async ({
  doc,
  req,
}) => {
  if (doc.status === 'approved') await revalidateSite(req)
  return doc
}
