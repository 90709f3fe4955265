import type { CollectionConfig } from 'payload'

import { accessOf } from '@/access'
import { collectionLabels, inEveryLanguage } from '@/i18n/admin'
import { subscriptionFields } from '@/fields/subscription'
import { systemField } from '@/fields/system'

import { eraseTraces } from './hooks/eraseTraces'
import { exportCsv } from './endpoints/exportCsv'

/**
 * Readers who confirmed an e-mail subscription (src/lib/newsletter). Nobody creates one through an
 * API: a reader's request (subscription-requests) becomes a subscriber when the signed link in
 * its confirmation mail is followed. Addresses are personal data, for editors and admins only;
 * deleting a subscriber erases them (their deliveries and pending requests go too), and that is
 * also what unsubscribing does: one address, out of every list at once.
 */
export const Subscribers: CollectionConfig = {
  slug: 'subscribers',
  labels: collectionLabels('subscribers'),
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'frequency', 'scope', 'locale', 'createdAt'],
    listSearchableFields: ['email', 'name'],
    group: inEveryLanguage((t) => t.groups.readers),
    description:
      'Readers who confirmed their e-mail subscription. Deleting one erases them; they can leave or change their choice from any newsletter.',
    components: {
      beforeListTable: ['@/components/admin/SubscriberCounts#SubscriberCounts'],
    },
  },
  disableDuplicate: true,
  access: accessOf('subscribers'),
  hooks: { afterDelete: [eraseTraces] },
  endpoints: [exportCsv],
  fields: [
    ...subscriptionFields({ uniqueEmail: true }),
    {
      name: 'consent',
      type: 'group',
      admin: { description: 'The proof of consent: when, to which words, from where.' },
      fields: [
        systemField({ name: 'requestedAt', type: 'date' }),
        systemField({ name: 'confirmedAt', type: 'date' }),
        systemField({ name: 'text', label: 'Words agreed to', type: 'textarea' }),
        systemField({ name: 'ipHash', label: 'IP hash', type: 'text' }),
      ],
    },
  ],
}
