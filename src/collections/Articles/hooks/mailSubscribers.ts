import type { CollectionAfterChangeHook } from 'payload'

import { wasLiveBefore } from '@/hooks/revalidateSite'
import { queueArticleMailing } from '@/lib/newsletter/mailings'
import type { Article } from '@/payload-types'

/**
 * An article going live (published now, by an editor or a schedule, and not live before this
 * save) is mailed to its subscribers; edits to a live article are not (src/lib/newsletter).
 */
export const mailSubscribers: CollectionAfterChangeHook<Article> = async ({
  collection,
  doc,
  req,
}) => {
  if (doc._status === 'published' && !wasLiveBefore(req, collection.slug, doc.id))
    await queueArticleMailing(req, doc)
  return doc
}
