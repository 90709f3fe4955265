import type { CollectionAfterChangeHook } from 'payload'

import { sendConfirmationMail } from '@/lib/newsletter/confirmation'
import type { SubscriptionRequest } from '@/payload-types'

/** Every request is mailed its signed link, whether or not the address is subscribed already. */
export const sendConfirmation: CollectionAfterChangeHook<SubscriptionRequest> = async ({
  doc,
  operation,
  req,
}) => {
  if (operation === 'create') await sendConfirmationMail(req, doc)
  return doc
}
