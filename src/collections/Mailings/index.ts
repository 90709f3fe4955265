import type { CollectionConfig } from 'payload'

import { accessOf } from '@/access'
import { collectionLabels, inEveryLanguage } from '@/i18n/admin'
import { systemField } from '@/fields/system'

import { testSend } from './endpoints/testSend'

const count = (name: string, label: string) =>
  systemField({ name, label, type: 'number', defaultValue: 0, admin: { position: undefined } })

/**
 * A record of each mailing: one per published article (key `article:<id>`) and one per weekly
 * digest (key `digest:<week>`), written by the sender only (src/lib/newsletter/send.ts). The key is
 * unique, so an article is mailed once however often it is published.
 */
export const Mailings: CollectionConfig = {
  slug: 'mailings',
  labels: collectionLabels('mailings'),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'status', 'recipients', 'sent', 'failed', 'startedAt'],
    group: inEveryLanguage((t) => t.groups.readers),
    description:
      'What the newsletter sent: each published article to its subscribers, and the weekly digest.',
    components: { beforeListTable: ['@/components/admin/NewsletterTestSend#NextDigestTestSend'] },
  },
  defaultSort: '-createdAt',
  disableDuplicate: true,
  access: accessOf('mailings'),
  endpoints: [testSend],
  fields: [
    systemField({ name: 'key', type: 'text', required: true, unique: true }),
    systemField({ name: 'title', type: 'text', admin: { position: undefined } }),
    systemField({
      name: 'kind',
      type: 'select',
      required: true,
      options: [
        { value: 'article', label: 'Article' },
        { value: 'digest', label: 'Weekly digest' },
      ],
    }),
    systemField({ name: 'article', type: 'relationship', relationTo: 'articles' }),
    /** A digest's week: the articles published from `from` up to `until`. */
    systemField({ name: 'from', type: 'date' }),
    systemField({ name: 'until', type: 'date' }),
    systemField({
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'queued',
      index: true,
      options: [
        { value: 'queued', label: 'Queued' },
        { value: 'sending', label: 'Sending' },
        { value: 'done', label: 'Done' },
      ],
    }),
    count('recipients', 'Recipients'),
    count('sent', 'Sent'),
    count('failed', 'Failed'),
    count('unconfirmed', 'Unconfirmed (sender stopped mid-send)'),
    /** The last subscriber taken, in id order: where a resumed mailing goes on. */
    systemField({ name: 'cursor', type: 'text', admin: { hidden: true } }),
    /** Written as the sender goes: a sending mailing whose heartbeat stops has lost its sender. */
    systemField({ name: 'heartbeatAt', type: 'date', admin: { hidden: true } }),
    systemField({ name: 'startedAt', type: 'date' }),
    systemField({ name: 'finishedAt', type: 'date' }),
  ],
}
