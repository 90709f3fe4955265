import type { CollectionAfterDeleteHook } from 'payload'

import type { Subscriber } from '@/payload-types'

/**
 * Erasing a subscriber erases what points at them: their deliveries (which a mailing's counts no
 * longer need once it is done) and any request to subscribe that address again that is still
 * waiting for confirmation.
 */
export const eraseTraces: CollectionAfterDeleteHook<Subscriber> = async ({ doc, req }) => {
  await req.payload.db.deleteMany({
    collection: 'deliveries',
    req,
    where: { subscriber: { equals: String(doc.id) } },
  })
  await req.payload.db.deleteMany({
    collection: 'subscription-requests',
    req,
    where: { email: { equals: doc.email } },
  })
  return doc
}
