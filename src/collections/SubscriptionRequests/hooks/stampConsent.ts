import type { CollectionBeforeChangeHook } from 'payload'

import { isLocale } from '@/i18n/config'
import { newsletterMessages } from '@/i18n/newsletterMessages'
import { senderKey } from '@/lib/limits/keys'
import type { SubscriptionRequest } from '@/payload-types'

/**
 * The proof of consent is the server's, never the caller's: the words the form shows in the
 * reader's language, and a keyed hash of the sender's address (after field access dropped any
 * value sent for either).
 */
export const stampConsent: CollectionBeforeChangeHook<SubscriptionRequest> = ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create') return data
  const locale = isLocale(data.locale) ? data.locale : 'en'
  return {
    ...data,
    consentText: newsletterMessages(locale).consent,
    ipHash: senderKey(req),
  }
}
