import type { CollectionConfig } from 'payload'

import { accessOf } from '@/access'
import { collectionLabels, inEveryLanguage } from '@/i18n/admin'
import { subscriptionFields } from '@/fields/subscription'
import { systemField } from '@/fields/system'

import { limitRequests, releaseFailedRequest } from './hooks/limitRequests'
import { sendConfirmation } from './hooks/sendConfirmation'
import { stampConsent } from './hooks/stampConsent'

/**
 * A reader's request to subscribe, waiting for the signed link in its confirmation mail
 * (double opt-in). Anyone may make one, on every path (the site's form, REST, GraphQL), within the
 * limits per sender and per address; the answer is the same whether the address is subscribed
 * already or not, since a request never touches a subscription until its link is followed. An
 * unconfirmed request expires (src/lib/newsletter/requests.ts).
 */
export const SubscriptionRequests: CollectionConfig = {
  slug: 'subscription-requests',
  labels: collectionLabels('subscriptionRequests'),
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'frequency', 'scope', 'locale', 'createdAt'],
    group: inEveryLanguage((t) => t.groups.readers),
    description: 'Requests waiting for the reader to confirm by e-mail. They expire unconfirmed.',
  },
  disableDuplicate: true,
  access: accessOf('subscription-requests'),
  hooks: {
    beforeValidate: [limitRequests],
    beforeChange: [stampConsent],
    afterChange: [sendConfirmation],
    afterError: [releaseFailedRequest],
  },
  fields: [
    ...subscriptionFields({ uniqueEmail: false }),
    // Set by stampConsent only: the words of the form in the reader's language, and where from.
    systemField({ name: 'consentText', label: 'Words agreed to', type: 'textarea' }),
    systemField({ name: 'ipHash', label: 'IP hash', type: 'text' }),
  ],
}
